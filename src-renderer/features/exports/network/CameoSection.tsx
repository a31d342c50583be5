import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { todayIso } from '../../../core/dates';
import { CAMEO_MAX_WORDS, CAMEO_MIN_WORDS, encodeNetworkFile, MAX_PICTURE_BYTES, NETWORK_FILE_EXTENSION, parseNetworkFile, wordCount, type CoLeader, type NetworkCameo } from '../../../core/network-file';
import { cameoPictures, draftCameo } from '../../../core/network-sheet-draft';
import { nowIso } from '../../../core/ids';
import { db } from '../../../db';
import { evidenceBytes } from '../../../db/networks';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';
import { appVersion } from '../../../app/services/backup-service';
import { messageOf, useExchangeFolder } from '../../../shared/use-exchange-folder';
import { fileDate, type LoadedSource } from './use-sheet-source';

/** A 100–150-word cameo of the term's activity for the LEA's newsletter, drafted from the impact log. */
export function CameoSection({ source, coLeaders }: { source: LoadedSource | null | undefined; coLeaders: CoLeader[] | null }) {
  const [cameo, setCameo] = useState<Omit<NetworkCameo, 'picture'> | null>(null);
  const [pictureId, setPictureId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { notify } = useToast();
  const exchange = useExchangeFolder();
  useEffect(() => {
    if (source && !cameo) setCameo(draftCameo(source, todayIso()));
  }, [source, cameo]);
  if (!source || !cameo) return null;
  const words = wordCount(cameo.text);
  const pictures = cameoPictures(source.pictures).filter((p) => p.size <= MAX_PICTURE_BYTES);
  const wordsError = words < CAMEO_MIN_WORDS || words > CAMEO_MAX_WORDS ? `A cameo is ${CAMEO_MIN_WORDS} to ${CAMEO_MAX_WORDS} words; this one is ${words}.` : undefined;

  /** The cameo exactly as the LEA's copy will read it, or null after saying why it would be refused. */
  async function checked(): Promise<Uint8Array | null> {
    setProblem(null);
    if (wordsError) {
      setProblem(wordsError);
      return null;
    }
    const file = pictureId ? await evidenceBytes(db, pictureId) : undefined;
    const picture = file ? { name: file.name, mimeType: file.mimeType, bytes: file.bytes } : null;
    const bytes = await encodeNetworkFile({ appVersion: await appVersion(), createdAt: nowIso(), content: { document: 'cameo', cameo: { ...cameo!, coLeaders: coLeaders ?? cameo!.coLeaders, picture } } });
    const parsed = await parseNetworkFile(bytes);
    if (!parsed.ok) {
      setProblem(parsed.error.replace('Nothing was changed.', 'Correct it, then export again.'));
      return null;
    }
    return bytes;
  }
  const cameoFileName = () => `Newsletter cameo ${cameo!.networkName} ${fileDate(cameo!.writtenOn)}.${NETWORK_FILE_EXTENSION}`;

  async function exportCameo() {
    const bytes = await checked();
    if (!bytes) return;
    const result = await api().saveFile({ purpose: 'network-file', suggestedName: cameoFileName(), bytes });
    if (result.saved) notify(`Cameo saved as ${result.fileName}. Send it to the LEA.`);
  }

  async function saveToExchangeFolder() {
    const bytes = await checked();
    if (!bytes) return;
    try {
      const { fileName } = await api().saveToExchangeFolder({ purpose: 'network-file', suggestedName: cameoFileName(), bytes });
      notify(`Cameo saved in the exchange folder as ${fileName}.`);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <section aria-labelledby="cameo-heading">
      <h2 id="cameo-heading">Newsletter cameo for the LEA</h2>
      <p>A short account of this term’s work for the networking newsletter, drafted from your impact log. Edit it to between {CAMEO_MIN_WORDS} and {CAMEO_MAX_WORDS} words.</p>
      <Field label="Cameo title">{(c) => <input {...c} value={cameo.title} onChange={(e) => setCameo({ ...cameo, title: e.target.value })} />}</Field>
      <Field label="Cameo text" hint={`${words} words`} error={wordsError}>
        {(c) => <textarea {...c} rows={8} value={cameo.text} onChange={(e) => setCameo({ ...cameo, text: e.target.value })} />}
      </Field>
      <Field label="Picture" hint={pictures.length === 0 ? 'Add a picture to an impact-log entry’s evidence to offer it here.' : 'Optional: a picture from your evidence files.'}>
        {(c) => (
          <select {...c} value={pictureId} onChange={(e) => setPictureId(e.target.value)}>
            <option value="">No picture</option>
            {pictures.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {problem ? (
        <p className="warning" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="actions-row">
        <button type="button" onClick={() => void exportCameo()}>
          Export cameo for the LEA
        </button>
        {exchange.folder ? (
          <button type="button" className="secondary" onClick={() => void saveToExchangeFolder()}>
            Save cameo to the exchange folder
          </button>
        ) : null}
      </div>
    </section>
  );
}
