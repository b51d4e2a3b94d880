/** The pack's own styles (it is a standalone document): GOV.UK-like type, print-friendly tables. */
export const PACK_CSS = `
body{font-family:arial,sans-serif;color:#0b0c0c;margin:0;line-height:1.4}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fd0;padding:.5rem}
h1{font-size:2rem;margin:.25rem 0}h2{font-size:1.5rem;margin-top:2rem;border-top:2px solid #0b0c0c;padding-top:.5rem}h3{font-size:1.2rem}
.caption{color:#505a5f;margin:0}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.85rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border-bottom:1px solid #b1b4b6;padding:.3rem .4rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #0b0c0c}
thead{display:table-header-group}tr{break-inside:avoid}
.rag{display:inline-block;padding:0 .3rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.02em}
.rag-red{background:#f4cdc6;color:#2a0b06}.rag-amber{background:#fcd6c3;color:#6e3619}
.rag-green,.rag-complete{background:#cce2d8;color:#005a30}
.rag-no_data,.rag-no_target,.rag-suppressed,.rag-none{background:#eeefef;color:#383f43}
figure{margin:1rem 0}figcaption{color:#505a5f;font-size:.85rem}
dl{display:grid;grid-template-columns:10rem 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}
.exception{break-inside:avoid-page}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:.5rem 1rem}
figure.small{margin:0;break-inside:avoid}figure.small svg{max-width:100%;height:auto}
a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0}
`;
