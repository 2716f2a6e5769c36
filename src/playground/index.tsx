// First: keeps Fluent UI from fetching fonts from a CDN (see the module).
import "../taskpane/offline-fluent";
import { createRoot } from "react-dom/client";
import { Playground } from "./playground";

// The HTML shell provides the mount point; create one if a different shell is used.
const host = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
createRoot(host).render(<Playground />);
