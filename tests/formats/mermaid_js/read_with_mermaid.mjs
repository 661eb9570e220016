// Reads Mermaid files with mermaid-js itself and prints what it understood, as JSON:
// {file: {vertices: [[id, text, shape, classes]], edges: [[from, to, label]], subgraphs: [[title, ids]]}}.
// Used by tests/formats/test_mermaid_js.py when MAPPER_MERMAID_JS names a folder holding
// node_modules/mermaid (v11) and node_modules/jsdom (`npm install mermaid@11 jsdom@24`).
import { JSDOM } from 'jsdom';
import fs from 'fs';
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser; globalThis.Element = dom.window.Element;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
const out = {};
for (const f of process.argv.slice(2)) {
  const d = await mermaid.mermaidAPI.getDiagramFromText(fs.readFileSync(f, 'utf8'));
  const v = d.db.getVertices();
  const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
  out[f] = { vertices: entries.map(([k, x]) => [k, x.text, x.type, x.classes]),
             edges: d.db.getEdges().map(e => [e.start, e.end, e.text]),
             subgraphs: d.db.getSubGraphs().map(s => [s.title, s.nodes]) };
}
console.log(JSON.stringify(out));
