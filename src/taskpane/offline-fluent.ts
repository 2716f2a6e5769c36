/**
 * Fluent UI v8 registers @font-face rules pointing at Microsoft's CDN unless FabricConfig.fontBaseUrl
 * says otherwise; the pane makes no requests of its own, and Word's pane already has Segoe UI locally.
 * Must be imported before anything from @fluentui.
 */
interface FabricConfigHolder {
  FabricConfig?: { fontBaseUrl?: string };
}

const holder = window as unknown as FabricConfigHolder;
holder.FabricConfig = { ...holder.FabricConfig, fontBaseUrl: "" };

export {};
