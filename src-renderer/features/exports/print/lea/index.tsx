import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { academicYearLabel, academicYearOf, formatDate, todayIso } from '../../../../core/dates';
import type { NetworkSheet } from '../../../../core/network-file';
import { networkKindLabel } from '../../../../core/network-kinds';
import { auditFigures, auditSentences } from '../../../../core/network-audit';
import { filterDirectory, NO_FILTER, notReturnedThisYear, schoolIndex } from '../../../../core/network-directory';
import { halfYearLabel } from '../../../../core/network-newsletter';
import { db } from '../../../../db';
import { loadCameos, loadDirectory, SHEET_PRINT_KEY } from '../../../../db/networks';
import { getSetting } from '../../../../db/records';
import { PrintMessage } from '../PrintMessage';
import { usePrintReady } from '../use-print-ready';
import { AuditFiguresList } from '../../../lea/audit/AuditFiguresList';
import { RollupPrint } from './RollupPrint';
import { SheetDetails } from './SheetDetails';
import { CameoPicture } from './CameoPicture';
import '../print.css';

/** A print view that waits for its data, then says it is ready to print. */
function Ready({ title, children }: { title: string; children: ReactNode }) {
  usePrintReady(true, title);
  return <>{children}</>;
}

function SheetPrint() {
  const [sheet, setSheet] = useState<NetworkSheet | null | undefined>(undefined);
  useEffect(() => {
    void getSetting<NetworkSheet | null>(db, SHEET_PRINT_KEY, null).then(setSheet, () => setSheet(null));
  }, []);
  if (sheet === undefined) return <p>Preparing the sheet…</p>;
  if (sheet === null) return <PrintMessage title="No sheet to print">Open the identification sheet in Exports first.</PrintMessage>;
  return (
    <Ready title={`Network identification sheet: ${sheet.name}`}>
      <main className="print-doc">
        <p className="note">Network identification sheet</p>
        <SheetDetails sheet={sheet} heading="h1" />
      </main>
    </Ready>
  );
}

function DirectoryPrint() {
  const entries = useLiveQuery(() => loadDirectory(db), []);
  if (entries === undefined) return <p>Preparing the booklet…</p>;
  const sorted = filterDirectory(entries, NO_FILTER);
  const index = schoolIndex(sorted);
  const missing = notReturnedThisYear(entries, todayIso());
  return (
    <Ready title="The work of our networks">
      <main className="print-doc">
        <h1 className="doc-title">The work of our networks</h1>
        <p>
          {sorted.length} networks and {index.length} schools, from the identification sheets held on {formatDate(todayIso())}.
          {missing.length > 0 ? ` ${missing.length} not yet returned a sheet in ${academicYearLabel(academicYearOf(todayIso()))}: ${missing.map((m) => m.sheet.name).join(', ')}.` : ''}
        </p>
        {sorted.map((e) => (
          <SheetDetails key={e.networkId} sheet={e.sheet} />
        ))}
        <h2>School-by-network index</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">School</th>
              <th scope="col">URN</th>
              <th scope="col">Networks</th>
            </tr>
          </thead>
          <tbody>
            {index.map((s) => (
              <tr key={s.urn}>
                <th scope="row">{s.name}</th>
                <td>{s.urn}</td>
                <td>{s.networks.map((n) => `${n.name} (${networkKindLabel(n.kind).toLowerCase()})`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </Ready>
  );
}

function ForumPrint() {
  const [params] = useSearchParams();
  const meeting = useLiveQuery(async () => (await db.forumMeetings.get(params.get('id') ?? '')) ?? null, [params]);
  if (meeting === undefined) return <p>Preparing the minutes…</p>;
  if (meeting === null) return <PrintMessage title="No meeting to print">That forum meeting is not in this copy.</PrintMessage>;
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
  return (
    <Ready title={`Co-leaders forum, ${meeting.term}`}>
      <main className="print-doc">
        <h1 className="doc-title">Co-leaders forum: minutes</h1>
        <p>
          {meeting.term}, held {formatDate(meeting.date)}. Networks represented: {meeting.contributions.map((c) => c.networkName).join(', ')}.
        </p>
        <h2>Knowledge about impact from each network</h2>
        {meeting.contributions.map((c) => (
          <section className="keep-together" key={c.networkId}>
            <h3>{c.networkName}</h3>
            {lines(c.knowledge).map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </section>
        ))}
        <h2>Recurring themes</h2>
        <ul>{lines(meeting.themes).map((l, i) => <li key={i}>{l}</li>)}</ul>
        <h2>Follow-ups for the LEA</h2>
        <ul>{lines(meeting.followUps).map((l, i) => <li key={i}>{l}</li>)}</ul>
      </main>
    </Ready>
  );
}

function NewsletterPrint() {
  const [params] = useSearchParams();
  const data = useLiveQuery(async () => {
    const issue = await db.newsletters.get(params.get('id') ?? '');
    return issue ? { issue, cameos: await loadCameos(db) } : null;
  }, [params]);
  if (data === undefined) return <p>Preparing the newsletter…</p>;
  if (data === null) return <PrintMessage title="No newsletter to print">That newsletter is not in this copy.</PrintMessage>;
  const byId = new Map(data.cameos.map((c) => [c.id, c.cameo]));
  const chosen = data.issue.items.flatMap((i) => (byId.has(i.cameoId) ? [byId.get(i.cameoId)!] : []));
  const contacts = new Map<string, string>();
  for (const c of chosen) for (const l of c.coLeaders) contacts.set(`${c.networkName}|${l.name}`, `${l.name} (${c.networkName}): ${[l.phone, l.email].filter(Boolean).join(', ') || 'no contact given'}`);
  return (
    <Ready title={data.issue.title}>
      <main className="print-doc">
        <h1 className="doc-title">{data.issue.title}</h1>
        <p className="note">{halfYearLabel({ year: data.issue.year, half: data.issue.half })}</p>
        {data.issue.introduction.split('\n').filter(Boolean).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {chosen.map((c, i) => (
          <section className="keep-together" key={i}>
            <h2>{c.title}</h2>
            <p className="note">
              {c.networkName}, {networkKindLabel(c.kind).toLowerCase()}
            </p>
            {c.picture ? <CameoPicture picture={c.picture} /> : null}
            <p>{c.text}</p>
          </section>
        ))}
        <h2>Contact the co-leaders</h2>
        <ul>
          {[...contacts.values()].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </main>
    </Ready>
  );
}

function AuditPrint() {
  const responses = useLiveQuery(() => db.auditResponses.toArray(), []);
  if (responses === undefined) return <p>Preparing the audit…</p>;
  const figures = auditFigures(responses);
  return (
    <Ready title="Networking audit">
      <main className="print-doc">
        <h1 className="doc-title">Networking audit</h1>
        <ul>
          {auditSentences(figures).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <AuditFiguresList figures={figures} />
      </main>
    </Ready>
  );
}

/** The print views' routes under `/print/` (one path segment each, as the main process accepts). */
export const LEA_PRINT_VIEWS = {
  'network-sheet': SheetPrint,
  'network-directory': DirectoryPrint,
  'network-forum': ForumPrint,
  'network-newsletter': NewsletterPrint,
  'network-audit': AuditPrint,
  rollup: RollupPrint,
} as const;
