// Stands in for a page whose entry module (src/<page>/index.tsx) is not written yet, so the build still emits
// every page and says plainly what is missing instead of failing or serving a blank page.
const root = document.getElementById("root") || document.body;
const note = document.createElement("p");
note.setAttribute("role", "status");
note.textContent = "This page is not built yet: its entry module (src/<page>/index.tsx) does not exist.";
root.replaceChildren(note);
