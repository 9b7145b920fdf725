// The cold-start peer: the same graph drawn by Mermaid 11 from its text definition, on load.
import mermaid from 'mermaid';
import definition from 'virtual:mermaid-definition';

const pre = document.createElement('pre');
pre.className = 'mermaid';
pre.textContent = definition;
document.body.append(pre);
mermaid.initialize({ startOnLoad: false });
await mermaid.run({ nodes: [pre] });
document.body.dataset.rendered = 'true';
