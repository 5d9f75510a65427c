/// The site's one stylesheet and one small script, inlined in every page.
enum SiteStyle {
  static let css = """
    body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;\
    margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
    header,footer{background:#8b1a1a;color:#fff;padding:.6em 1em}
    header a{color:#fff;font-weight:bold;text-decoration:none}
    footer{background:#f2f2f2;color:#555;font-size:.85em;margin-top:2em}
    main{max-width:1100px;margin:0 auto;padding:0 1em}
    h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:2px solid #8b1a1a;padding-bottom:.2em}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(10em,1fr));gap:.6em}
    .card{border:1px solid #ddd;border-radius:6px;padding:.5em .7em}
    .card b{display:block;font-size:1.15em}.card span{color:#555;font-size:.85em}
    .scroll{overflow-x:auto}
    table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
    caption{text-align:left;color:#555;padding:.3em 0}
    th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;white-space:nowrap}
    th{background:#f6eded;cursor:pointer}td.n{text-align:right;font-variant-numeric:tabular-nums}
    svg{width:100%;height:auto;max-width:1000px}
    code{word-break:break-all;font-size:.85em}
    .note{color:#555;font-size:.9em}
    .mark{display:inline-block;margin:0 .25em;padding:0 .3em;border:1px solid #b8860b;\
    border-radius:3px;color:#7a5a00;background:#fff8e1;font-size:.8em}
    nav.links a{margin-right:1em}
    @media print{header,footer,script{display:none}th{cursor:auto}
    .scroll{overflow:visible}table{font-size:8pt}svg{max-width:100%;page-break-inside:avoid}
    a{color:#000;text-decoration:none}h2{page-break-after:avoid}}
    """

  static let sortScript = """
    document.querySelectorAll("table.sortable th").forEach(function(th,i){\
    th.addEventListener("click",function(){var tb=th.closest("table").tBodies[0];\
    var asc=th.dataset.asc!=="1";th.dataset.asc=asc?"1":"0";\
    var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(a,b){\
    var x=a.cells[i],y=b.cells[i];var p=x.dataset.v,q=y.dataset.v;\
    var r=(p!==undefined&&q!==undefined)?Number(p)-Number(q):\
    x.textContent.localeCompare(y.textContent,"zh");return asc?r:-r;});\
    rows.forEach(function(r){tb.appendChild(r);});});});
    """
}
