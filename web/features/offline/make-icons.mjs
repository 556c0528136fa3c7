// Draws the app icons (web/public/icons/*.png) with sharp: `node web/features/offline/make-icons.mjs web/public/icons`.
// Shapes only, no text, so the result does not depend on the fonts of the machine that draws it.
import sharp from 'sharp';
const out = process.argv[2];
// A village road running to the horizon under a rising sun, on the app's teal.
function svg(size, pad) {
  const s = 512, p = pad ? 64 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
  <rect width="${s}" height="${s}" rx="${pad ? 0 : 96}" fill="#0ca678"/>
  <g transform="translate(${p} ${p}) scale(${(s - 2 * p) / s})">
    <circle cx="256" cy="210" r="70" fill="#ffd43b"/>
    <rect x="0" y="250" width="512" height="262" fill="#087f5b"/>
    <polygon points="226,250 286,250 420,512 92,512" fill="#f1f3f5"/>
    <polygon points="252,270 260,270 262,310 250,310" fill="#868e96"/>
    <polygon points="248,340 264,340 268,400 244,400" fill="#868e96"/>
    <polygon points="242,440 270,440 276,512 236,512" fill="#868e96"/>
  </g></svg>`;
}
for (const [name, size, pad] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon-180.png', 180, true]]) {
  await sharp(Buffer.from(svg(size, pad))).resize(size, size).png({ compressionLevel: 9, palette: true }).toFile(`${out}/${name}`);
}
