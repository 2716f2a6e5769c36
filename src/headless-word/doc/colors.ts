/** Colours as Word's API takes them: "#RRGGBB" or a colour name. */
const NAMED: Record<string, string> = {
  black: "000000",
  white: "FFFFFF",
  red: "FF0000",
  green: "008000",
  lime: "00FF00",
  blue: "0000FF",
  yellow: "FFFF00",
  cyan: "00FFFF",
  aqua: "00FFFF",
  magenta: "FF00FF",
  fuchsia: "FF00FF",
  gray: "808080",
  grey: "808080",
  silver: "C0C0C0",
  lightgray: "D3D3D3",
  lightgrey: "D3D3D3",
  darkgray: "A9A9A9",
  darkgrey: "A9A9A9",
  maroon: "800000",
  olive: "808000",
  navy: "000080",
  purple: "800080",
  teal: "008080",
  orange: "FFA500",
  pink: "FFC0CB",
  brown: "A52A2A",
  gold: "FFD700",
  lightyellow: "FFFFE0",
  lightgreen: "90EE90",
  lightblue: "ADD8E6",
  darkred: "8B0000",
  darkgreen: "006400",
  darkblue: "00008B",
  turquoise: "40E0D0",
  violet: "EE82EE",
};

/** "RRGGBB" (upper case) for "#rrggbb", "rrggbb" or a known colour name; undefined otherwise. */
export function toHex(color: string): string | undefined {
  const v = color.trim();
  const m = /^#?([0-9a-f]{6})$/i.exec(v);
  if (m) return m[1].toUpperCase();
  return NAMED[v.toLowerCase().replace(/\s+/g, "")];
}
