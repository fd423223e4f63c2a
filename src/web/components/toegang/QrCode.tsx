import { create } from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code as inline SVG, drawn from the module matrix of the `qrcode` package (no canvas, no
 * data URL, no innerHTML). Black on white with a quiet zone of four modules, as scanners expect.
 */
export function QrCode({ value, label, size = 200 }: { value: string; label: string; size?: number }) {
  const { pad, modules } = useMemo(() => {
    const qr = create(value, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    let d = '';
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        if (qr.modules.get(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
      }
    }
    return { pad: d, modules: n + 8 };
  }, [value]);
  return (
    <svg
      className="wb-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${modules} ${modules}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      <path d={pad} fill="#000000" />
    </svg>
  );
}
