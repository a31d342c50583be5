import { useEffect, useState } from 'react';
import type { CameoPicture as Picture } from '../../../../core/network-file';

/** A cameo's picture, from its bytes (never a path). */
export function CameoPicture({ picture }: { picture: Picture }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([picture.bytes as BlobPart], { type: picture.mimeType }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [picture]);
  return url ? <img src={url} alt={`Picture: ${picture.name}`} style={{ maxWidth: '60%', maxHeight: '6cm' }} /> : null;
}
