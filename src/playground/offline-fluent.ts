/**
 * Fluent UI v8 registers its Segoe UI @font-face rules with URLs on Microsoft's CDN unless
 * `window.FabricConfig.fontBaseUrl` says otherwise, and the browser then fetches them: a request off the
 * machine. An empty base URL registers no web fonts (the CSS font stack falls back to system fonts).
 * This module must be imported before anything from @fluentui.
 */
interface FabricConfigHolder {
  FabricConfig?: { fontBaseUrl?: string; iconBaseUrl?: string };
}

const holder = window as unknown as FabricConfigHolder;
holder.FabricConfig = { ...holder.FabricConfig, fontBaseUrl: "" };

export {};
