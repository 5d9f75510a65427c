extension Catalogue {
  /// What `relief witness serve` does.
  static func helpWitness(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutWitness:
      return (
        """
          relief witness serve --key FILE --log ORIGIN=VERIFIER_KEY [--log …]
                               --listen HOST:PORT [--state DIR] [--max-requests N]

        Answers POST /add-checkpoint as c2sp.org/tlog-witness says: the body is 'old N', the
        consistency proof from size N (base64 hashes, one per line), an empty line and the
        signed checkpoint. For a log it is given with --log (its origin and the verifier key
        that signs its checkpoints: 'relief keys show admin.key'), it cosigns (cosignature/v1,
        with FILE, a key from 'relief keys generate') only a checkpoint signed by that key
        whose old size is the size it last cosigned for the origin and whose proof shows it
        extends that one. It answers 200 with its cosignature line, 400 (malformed, or old
        size above the checkpoint's), 403 (no trusted signature), 404 (unknown origin), 409
        (old size is not the last cosigned one: the body, text/x.tlog.size, gives that size;
        or the same size with another root), 422 (the proof does not verify). What it
        cosigned is kept per origin in DIR/witness (else $XDG_STATE_HOME/relief/witness),
        written durably before it answers, under a lock that serialises requests.

        HOST:PORT is an IPv4 address and port (port 0: any free port). The first line printed
        names the port. Requests are bounded (16 KiB of headers, 64 headers, 64 KiB of body,
        10 s per read, 100 per connection, 16 connections at once); with --max-requests it
        stops after N requests. It speaks plain HTTP: put it behind a TLS reverse proxy
        (nginx, Caddy) to serve it beyond this machine, forwarding /add-checkpoint.
        """,
        """
          relief witness serve --key 文件 --log 来源名=验证公钥 [--log …]
                               --listen 地址:端口 [--state 目录] [--max-requests 数量]

        按 c2sp.org/tlog-witness 的规定应答 POST /add-checkpoint：请求体为“old N”、从大小
        N 起的一致性证明（base64 编码的哈希，每行一个）、一个空行和已签名的检查点。对用
        --log 给出的日志（其来源名，以及签署其检查点的验证公钥，即 relief keys show
        admin.key 的输出），它只联署（cosignature/v1，用 --key 所给的、由 relief keys
        generate 生成的私钥文件）这样的检查点：由该公钥签名，old 大小等于它上次为该来源名
        联署的大小，且证明表明新检查点是上次那个的延续。应答为：200 附其联署行；400（格式
        有误，或 old 大小超过检查点的大小）；403（没有可信的签名）；404（来源名未知）；
        409（old 大小不是上次联署的大小：应答体 text/x.tlog.size 给出该大小；或大小相同而
        根不同）；422（证明验证不通过）。已联署的内容按来源名保存在 --state 所给目录下的
        witness 中（否则为 $XDG_STATE_HOME/relief/witness），在应答之前持久写入，并以锁
        保证请求依次处理。

        地址:端口 为 IPv4 地址和端口（端口 0：任一空闲端口）。输出的第一行写明端口。请求
        有上限（请求头 16 KiB、至多 64 个，请求体 64 KiB，每次读取 10 秒，每个连接 100 个
        请求，同时至多 16 个连接）；加 --max-requests 时处理 N 个请求后停止。它只使用明文
        HTTP：要向本机以外提供服务，请置于 TLS 反向代理（nginx、Caddy）之后，转发
        /add-checkpoint。
        """
      )
    default: return ("", "")
    }
  }

  /// The options of `relief witness serve`.
  static func helpWitnessOptions(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .optionWitnessKey:
      return (
        "the witness's private key file that cosigns, made by\n'relief keys generate' (required)",
        "见证方用以联署的私钥文件，\n由 relief keys generate 生成（必填）"
      )
    case .optionWitnessLog:
      return (
        "a log to witness: its origin and the verifier key\nthat signs its checkpoints (at least one)",
        "要见证的日志：其来源名，\n以及签署其检查点的验证公钥（至少给出一个）"
      )
    case .optionListen:
      return (
        "the IPv4 address and port to listen on (required;\nport 0: any free port)",
        "监听的 IPv4 地址和端口（必填；端口 0：任一空闲端口）"
      )
    case .optionMaxRequests: return ("stop after N requests", "处理 N 个请求后停止")
    default: return ("", "")
    }
  }

  /// The help of `relief monitor`.
  static func helpMonitor(_ id: MessageID) -> (en: String, zh: String) {
    switch id {
    case .aboutMonitor:
      return (
        """
        SOURCE is where 'relief publish' put the log: an http(s):// URL or a directory. The
        monitor fetches SOURCE/checkpoint, checks its signature with VERIFIER_KEY (the log's
        administrator key) and, with --witness-key, at least N witness cosignatures (default:
        all). It downloads only the entry bundles it has not seen, checks that they give the
        checkpoint's root and extend what it verified before (else the log forked: two
        histories under one origin, or served a bad tile), then verifies every new line as
        'relief verify' does (chain, signatures, rules) and folds the balances. What it
        verified is kept in DIR/monitor/, DIR being the --state DIR it must be given (a
        mirror of the lines, the Merkle edge and the last checkpoint), so the next run
        starts where this one stopped.

        When SOURCE is a disclosure site that carries the tiles too ('relief disclose' and
        'relief publish' into one folder), its data/balances.json of the same last line must
        give exactly the monitor's own totals for every account.

        --watch CODE lists every new entry that names CODE (a business's unified social
        credit code): a business learns of every refund booked in its name.

        Exit 0 when everything verifies; 1 on a fork, a bad tile, a bad signature, a broken
        rule or a site total that differs (nothing is accepted); 2 on a usage error; 5 when
        SOURCE cannot be read.
        """,
        """
        来源是 relief publish 发布日志的位置：http(s):// 网址或目录。监测时取回
        来源/checkpoint，用验证公钥（日志的管理员公钥）核对其签名；加 --witness-key 时还
        核对至少 N 个见证联署（默认：全部）。只下载尚未见过的记录包，核对它们得出检查点
        的根，且延续此前已核对的内容（否则说明日志分叉：同一来源名下有两份历史，或提供了
        有误的分片）；再按 relief verify 的方式核对每一新行（哈希链、签名、业务规则），
        并累计余额。已核对的内容保存在必须用 --state 给出的目录下的 monitor/ 中（各行的
        镜像、Merkle 边缘和上一个检查点），下次运行从本次停止处接着进行。

        来源是同时带有分片的公示网站时（relief disclose 和 relief publish 写入同一目录），
        其截至同一末行的 data/balances.json 须与监测自己算出的每个账户合计完全一致。

        --watch 代码 列出写有该代码（企业的统一社会信用代码）的每条新记录：企业由此得知
        以其名义登记的每一笔返还经费。

        退出状态：全部核对通过为 0；日志分叉、分片有误、签名无效、违反业务规则或网站合计
        不符为 1（不接受任何内容）；用法错误为 2；来源无法读取为 5。
        """
      )
    case .optionMonitorKey:
      return ("the log's administrator verifier key (required)", "日志的管理员验证公钥（必填）")
    case .optionMonitorWitnessKey:
      return (
        "a witness's cosigner key (from 'relief keys show\n--cosigner')",
        "见证方的联署公钥\n（由 relief keys show --cosigner 得到）"
      )
    case .optionMonitorQuorum:
      return (
        "with --witness-key: N witness cosignatures suffice\n(default: all)",
        "配合 --witness-key：有 N 个见证联署即可\n（默认：全部）"
      )
    case .optionWatch:
      return (
        "list each new entry naming this credit code (above)",
        "列出写有该统一社会信用代码的新记录（见上）"
      )
    default: return ("", "")
    }
  }
}
