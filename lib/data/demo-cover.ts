import "server-only";
// The demo wedding's cover photo, drawn for the project as an SVG (no downloads) and rasterised by
// sharp at seed time, then stored like any upload, so the demo guest page is shown with photos on.
import sharp from "sharp";
import { setRegistryPhoto } from "../images/photos";

const leaf = (x: number, y: number, r: number, c: string) =>
  `<ellipse cx="${x}" cy="${y}" rx="34" ry="13" fill="${c}" transform="rotate(${r} ${x} ${y})"/>`;

function coverSvg() {
  const leaves = [
    [300, 260, -30],
    [360, 330, 20],
    [250, 380, -60],
    [1620, 250, 30],
    [1560, 330, -20],
    [1680, 380, 60],
  ]
    .map(([x, y, r], i) => leaf(x, y, r, i % 2 ? "#8fae8b" : "#a9c3a0"))
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="960" viewBox="0 0 1920 960">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#fbe6e3"/><stop offset="0.6" stop-color="#fdf4f3"/><stop offset="1" stop-color="#f3ead8"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff7e6"/><stop offset="1" stop-color="#fff7e6" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="1920" height="960" fill="url(#sky)"/>
  <circle cx="960" cy="430" r="420" fill="url(#sun)"/>
  <path d="M0 700 C 300 600 600 640 960 690 S 1600 620 1920 680 V960 H0Z" fill="#cfdcc3"/>
  <path d="M0 790 C 400 720 800 760 1100 800 S 1700 760 1920 790 V960 H0Z" fill="#b7cba9"/>
  <path d="M0 880 C 500 840 1000 870 1920 860 V960 H0Z" fill="#9fb891"/>
  <g fill="none" stroke="#b4463a" stroke-width="22" opacity="0.85">
    <circle cx="900" cy="440" r="120"/><circle cx="1030" cy="440" r="120"/>
  </g>
  <g fill="#f6cfc9">${[
    [420, 760],
    [560, 790],
    [1380, 770],
    [1500, 800],
    [760, 815],
    [1180, 820],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="18"/><circle cx="${x}" cy="${y}" r="7" fill="#e9a99f"/>`)
    .join("")}</g>
  ${leaves}
</svg>`;
}

/** Give the registry the drawn cover unless it has one. */
export async function ensureDemoCover(registry: { id: number; coverPhoto: string }) {
  if (registry.coverPhoto) return;
  const png = await sharp(Buffer.from(coverSvg())).png().toBuffer();
  await setRegistryPhoto(registry.id, "cover", new Uint8Array(png));
}
