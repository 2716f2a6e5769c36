import { createTheme, type IPalette, type Theme } from "@fluentui/react";

/** The colours of Office.context.officeTheme, passed in by the entry (the pane itself never reads Office). */
export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  /** Set by newer hosts; otherwise judged from the background's lightness. */
  isDarkTheme?: boolean;
}

type Rgb = [number, number, number];

function parseHex(color: string | undefined): Rgb | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb): string => "#" + rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
const mix = (a: Rgb, b: Rgb, t: number): string => toHex([0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t) as Rgb);

/** Relative luminance (WCAG), 0 black … 1 white. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDark(colors: OfficeThemeColors | undefined): boolean {
  if (!colors) return false;
  if (typeof colors.isDarkTheme === "boolean") return colors.isDarkTheme;
  const bg = parseHex(colors.bodyBackgroundColor);
  return bg ? luminance(bg) < 0.4 : false;
}

/**
 * A Fluent theme from Office's colours: the neutral ramp runs from the body background to the body
 * foreground, so light, dark and high-contrast Office themes all give readable text. The accent stays
 * Word's blue, lightened on dark backgrounds so that it keeps its contrast.
 */
export function paneTheme(colors?: OfficeThemeColors): Theme {
  const bg = parseHex(colors?.bodyBackgroundColor);
  const fg = parseHex(colors?.bodyForegroundColor);
  if (!colors || !bg || !fg) return createTheme({});
  const dark = isDark(colors);
  const ramp = (t: number) => mix(bg, fg, t);
  const palette: Partial<IPalette> = {
    white: toHex(bg),
    neutralLighterAlt: ramp(0.02),
    neutralLighter: ramp(0.05),
    neutralLight: ramp(0.1),
    neutralQuaternaryAlt: ramp(0.14),
    neutralQuaternary: ramp(0.18),
    neutralTertiaryAlt: ramp(0.25),
    neutralTertiary: ramp(0.45),
    neutralSecondaryAlt: ramp(0.55),
    neutralSecondary: ramp(0.65),
    neutralPrimaryAlt: ramp(0.8),
    neutralPrimary: toHex(fg),
    neutralDark: ramp(0.92),
    black: ramp(0.97),
    themePrimary: dark ? "#4fa3e8" : "#2b579a",
    themeLighterAlt: dark ? "#03111c" : "#f3f6fb",
    themeLighter: dark ? "#0d2b45" : "#d1deef",
    themeLight: dark ? "#185283" : "#abc3e1",
    themeTertiary: dark ? "#3178b4" : "#6590c4",
    themeSecondary: dark ? "#479ae2" : "#3966a7",
    themeDarkAlt: dark ? "#61adeb" : "#274e8b",
    themeDark: dark ? "#7abcee" : "#214275",
    themeDarker: dark ? "#9fcff3" : "#183157",
  };
  return createTheme({ palette, isInverted: dark });
}
