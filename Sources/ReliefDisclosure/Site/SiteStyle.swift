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
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(13em,1fr));gap:.6em}
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
    .verdict{font-weight:bold;white-space:nowrap}.verdict.ok{color:#1b6e2d}\
    .verdict.bad{color:#b00020}.verdict .reason{font-weight:normal;white-space:normal}
    form.search{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:1em 0}
    form.search label{flex-basis:100%;color:#555}
    form.search input{flex:1;min-width:12em;font-size:1.1em;padding:.4em}
    form.search button{font-size:1.1em;padding:.4em 1.2em;background:#8b1a1a;color:#fff;\
    border:0;border-radius:4px}
    label.file{display:inline-block;padding:.4em 1em;border:1px solid #8b1a1a;border-radius:4px;\
    color:#8b1a1a;cursor:pointer}label.file input{display:none}
    .bar{display:flex;height:1.1em;border-radius:3px;overflow:hidden;background:#eee;\
    min-width:2px;margin:.2em 0}.bar span{display:block;height:100%}
    ul.legend{list-style:none;padding:0;margin:.2em 0 .8em;font-size:.9em;display:flex;\
    flex-wrap:wrap;gap:.2em 1.2em}ul.legend i{display:inline-block;width:.8em;height:.8em;\
    margin-right:.3em;border-radius:2px;vertical-align:-.05em}
    .flow{border:1px solid #ddd;border-radius:6px;padding:.4em .8em;margin:.6em 0}
    .flow h3{font-size:1em;margin:.2em 0}.flow h4{font-size:.9em;color:#555;margin:.4em 0 0}
    td.w{white-space:normal;min-width:10em}
    .synthetic{background:#fff3cd;border:1px solid #e0b400;border-radius:6px;padding:.5em .8em}
    @media (max-width:600px){table.stack thead{display:none}\
    table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}\
    table.stack tr{border:1px solid #ddd;border-radius:6px;margin:.5em 0;padding:.2em .4em}\
    table.stack td{border:0;white-space:normal;display:flex;justify-content:space-between;gap:1em}\
    table.stack td::before{content:attr(data-label);color:#555;text-align:left}\
    table.stack td.n{text-align:right}table.stack caption{display:block}\
    .cards{grid-template-columns:1fr 1fr}.card{padding:.4em .5em}.card b{font-size:1em}\
    .scroll{overflow-x:visible}}
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
