import { createTheme, type IPalette, type ISemanticColors, type Theme } from "@fluentui/react";

/** The colours of Office.context.officeTheme, passed in by the entry (the pane itself never reads Office). */
export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  /** Set by newer hosts; otherwise judged from the background's lightness. */
  isDarkTheme?: boolean;
}

/** True when two readings of Office's theme would give the same pane theme (the entry re-reads it on focus). */
export function sameThemeColors(a: OfficeThemeColors | undefined, b: OfficeThemeColors | undefined): boolean {
  const norm = (c: string | undefined) => (c ?? "").trim().toLowerCase();
  if (!a || !b) return a === b;
  return (
    norm(a.bodyBackgroundColor) === norm(b.bodyBackgroundColor) &&
    norm(a.bodyForegroundColor) === norm(b.bodyForegroundColor) &&
    norm(a.controlBackgroundColor) === norm(b.controlBackgroundColor) &&
    norm(a.controlForegroundColor) === norm(b.controlForegroundColor) &&
    a.isDarkTheme === b.isDarkTheme
  );
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

/** WCAG 2 contrast ratio of two colours, 1 … 21. */
export function contrast(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG 2 AA for normal text. */
const READABLE = 4.5;

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
  return createTheme({ palette, isInverted: dark, semanticColors: controlColors(colors, bg, fg) });
}

/**
 * Text boxes, dropdowns and buttons take Office's control colours, so the pane's controls look like the ribbon's
 * and the rest of Office's UI. A pair that is not readable (WCAG AA) is ignored: the body colours are used.
 */
function controlColors(colors: OfficeThemeColors, bg: Rgb, fg: Rgb): Partial<ISemanticColors> {
  const body = { bodyBackground: toHex(bg), bodyText: toHex(fg) };
  const cbg = parseHex(colors.controlBackgroundColor);
  const cfg = parseHex(colors.controlForegroundColor);
  if (!cbg || !cfg || contrast(toHex(cbg), toHex(cfg)) < READABLE) return body;
  const ramp = (t: number) => mix(cbg, cfg, t);
  return {
    ...body,
    inputBackground: toHex(cbg),
    inputText: toHex(cfg),
    inputPlaceholderText: ramp(0.6),
    inputBorder: ramp(0.45),
    inputBorderHovered: ramp(0.8),
    buttonBackground: toHex(cbg),
    buttonText: toHex(cfg),
    buttonTextHovered: toHex(cfg),
    buttonTextPressed: toHex(cfg),
    buttonBackgroundHovered: ramp(0.08),
    buttonBackgroundPressed: ramp(0.16),
    buttonBorder: ramp(0.45),
    menuBackground: toHex(cbg),
    menuItemText: toHex(cfg),
    menuItemBackgroundHovered: ramp(0.08),
  };
}
