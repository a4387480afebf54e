#!/usr/bin/env python3
"""Writes the hostile corpus beside this script: csv/, session/ and cli/args.txt.

Every file is something a reader must either accept or refuse with one clear line naming the file,
line or field. Run it again after changing it; the files it writes are committed.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261206)


def put(folder, name, data):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, folder, name), "wb") as f:
        f.write(data)


# ---- CSV data ------------------------------------------------------------------------------------
csv = {
    "empty.csv": b"",
    "bom-only.csv": b"\xef\xbb\xbf",
    "blank-lines.csv": "\n\r\n\r\r\n   \n\t\n",
    "header-only.csv": "x,y\n",
    "two-headers.csv": "x,y\nx,y\n1,2\n",
    "good.csv": "x,y\n1,2\n2,4\n3,6\n",
    "good-bom-crlf.csv": b"\xef\xbb\xbfx,y\r\n1,2\r\n2,4\r\n",
    "cr-only.csv": "x,y\r1,2\r2,4\r",
    "no-final-newline.csv": "1,2\n2,4",
    "spaces-tabs.csv": " 1 ,\t2\t\n\t3 , 4 \n",
    "quoted.csv": "\"x\",\"y\"\n\"1\",\"2\"\n\" 3 \",4\n",
    "quoted-comma-header.csv": "\"a, b\",\"c \"\"d\"\"\"\n1,2\n",
    "quote-unclosed.csv": "1,2\n\"3,4\n5,6\n",
    "quote-in-cell.csv": "1,2\n3\"4,5\n",
    "nan.csv": "x,y\n1,2\n3,NaN\n",
    "nan-first.csv": "nan,1\n",
    "inf.csv": "1,2\n-inf,3\n",
    "infinity.csv": "1,2\n3,+Infinity\n",
    "overflow.csv": "1,2\n3,1e999\n",
    "overflow-digits.csv": "1,2\n" + "9" * 400 + ",1\n",
    "underflow.csv": "1,1e-400\n2,4.9e-324\n3,-0.0\n",
    "max-double.csv": "1.7976931348623157e308,-1.7976931348623157e308\n",
    "hex-float.csv": "0x1p3,2\n",
    "java-suffix.csv": "1d,2f\n",
    "huge-exponent.csv": "1e99999999999999999999,1\n",
    "long-mantissa.csv": "0." + "3" * 20000 + ",1\n",
    "comma-decimal.csv": "x;y\n1,5;2,5\n",
    "semicolon.csv": "1;2\n3;4\n",
    "one-column.csv": "1\n2\n3\n",
    "three-columns.csv": "x,y\n1,2\n3,4,5\n",
    "many-columns.csv": ",".join(str(i) for i in range(5000)) + "\n",
    "trailing-comma.csv": "1,2,\n",
    "empty-cells.csv": "1,2\n,\n",
    "words.csv": "x,y\n1,2\n2,abc\n",
    "letter-o.csv": "1,2\n1O,3\n",
    "long-bad-cell.csv": "1,2\n3," + "z" * 10000 + "\n",
    "long-line.csv": "1,2\n" + "7" * 70000 + "\n",
    "control-chars.csv": "1,2\n\x07\x1b[31m,4\n",
    "nul-bytes.csv": b"1,2\n3\x00,4\n",
    "utf16le-bom.csv": "\ufeffx,y\n1,2\n".encode("utf-16-le"),
    "utf16be.csv": "x,y\n1,2\n".encode("utf-16-be"),
    "latin1.csv": "gr\xf6\xdfe,y\n1,2\n".encode("latin-1"),
    "utf8-header.csv": "größe,gewicht\n1,2\n",
    "emoji.csv": "1,2\n\U0001F600,3\n",
    "nbsp.csv": "1,2\n\u00a03,4\n",
    "fullwidth-digits.csv": "1,2\n\uff13,4\n",
    "html.csv": "<!DOCTYPE html>\n<html><body>404</body></html>\n",
    "json.csv": "{\"x\": [1, 2], \"y\": [3, 4]}\n",
    "spreadsheet.csv": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(2000)),
    "zip.csv": b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(2000)),
    "random-bytes.csv": bytes(rng.randrange(256) for _ in range(4000)),
    "random-ascii.csv": "".join(rng.choice("0123456789.,eE+- \n\r\"xyna") for _ in range(4000)),
    "plus-minus.csv": "+1,-2\n-.5,+.5\n5.,-5.\n",
    "bare-sign.csv": "1,2\n-,3\n",
    "bare-dot.csv": "1,2\n.,3\n",
    "exponent-only.csv": "1,2\ne5,3\n",
    "double-sign.csv": "1,2\n--1,3\n",
    "header-numbers-mixed.csv": "x,2\n1,2\n",
    "negative-zero.csv": "-0,-0.0\n",
}
for name, data in csv.items():
    put("csv", name, data)

# ---- sessions ------------------------------------------------------------------------------------
good = {
    "format": "descent-session", "version": 1, "preset": "gd", "logStyle": "epoch",
    "data": [[1, 2], [2, 4], [3, 6]],
    "runs": [{"label": "GD", "colour": 0, "model": "line", "start": [1], "epochs": 10,
              "optimizer": {"kind": "sgd", "lr": 0.01}}],
}


def variant(**changes):
    s = json.loads(json.dumps(good))
    for path, value in changes.items():
        node = s
        keys = path.split("__")
        for k in keys[:-1]:
            node = node[int(k)] if isinstance(node, list) else node[k]
        last = keys[-1]
        if value is DELETE:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return json.dumps(s, indent=1)


DELETE = object()
sessions = {
    "good.json": json.dumps(good, indent=1),
    "empty.json": "",
    "whitespace.json": "  \n\t ",
    "null.json": "null",
    "number.json": "42",
    "string.json": "\"session\"",
    "array.json": "[1, 2]",
    "object-empty.json": "{}",
    "not-json.json": "format: descent-session\nversion: 1\n",
    "truncated.json": json.dumps(good)[:57],
    "trailing.json": json.dumps(good) + "{}",
    "comment.json": "// a session\n" + json.dumps(good),
    "single-quotes.json": json.dumps(good).replace('"', "'"),
    "bom.json": b"\xef\xbb\xbf" + json.dumps(good).encode(),
    "utf16.json": json.dumps(good).encode("utf-16"),
    "binary.json": bytes(rng.randrange(256) for _ in range(3000)),
    "deep-arrays.json": "[" * 20000 + "]" * 20000,
    "deep-objects.json": "{\"a\":" * 5000 + "1" + "}" * 5000,
    "deep-in-data.json": json.dumps(good).replace("[[1, 2]", "[" * 30 + "[1, 2]" + "]" * 29, 1),
    "duplicate-key.json": json.dumps(good).replace("\"version\": 1", "\"version\": 1, \"version\": 2"),
    "duplicate-run-key.json": json.dumps(good).replace("\"model\": \"line\"", "\"model\": \"line\", \"model\": \"affine\""),
    "huge-number.json": json.dumps(good).replace("\"lr\": 0.01", "\"lr\": " + "9" * 5000),
    "long-number-ok.json": json.dumps(good).replace("\"lr\": 0.01", "\"lr\": 0.0" + "1" * 500),
    "overflow.json": variant(runs__0__optimizer__lr=1e308).replace("1e+308", "1e999"),
    "nan-token.json": json.dumps(good).replace("0.01", "NaN"),
    "infinity-token.json": json.dumps(good).replace("0.01", "Infinity"),
    "long-label.json": variant(runs__0__label="L" * 90000),
    "too-long-text.json": variant(runs__0__label="L" * 150000),
    "long-field-name.json": json.dumps(good).replace("\"logStyle\"", "\"" + "k" * 20000 + "\""),
    "long-preset.json": variant(preset="p" * 20000),
    "control-preset.json": variant(preset="gd\n\u0007x"),
    "version-string.json": variant(version="1"),
    "version-new.json": variant(version=99),
    "version-zero.json": variant(version=0),
    "version-float.json": variant(version=1.5),
    "version-huge.json": json.dumps(good).replace("\"version\": 1", "\"version\": 1" + "0" * 40),
    "format-wrong.json": variant(format="x" * 5000),
    "no-version.json": variant(version=DELETE),
    "no-data.json": variant(data=DELETE),
    "no-runs.json": variant(runs=DELETE),
    "data-empty.json": variant(data=[]),
    "data-object.json": variant(data={"x": [1]}),
    "data-point-short.json": variant(data=[[1]]),
    "data-point-string.json": variant(data=[["1", "2"]]),
    "data-point-null.json": variant(data=[[None, 2]]),
    "data-many.json": json.dumps(dict(good, data=[[i, 2 * i] for i in range(3000)])),
    "runs-empty.json": variant(runs=[]),
    "runs-five.json": variant(runs=[good["runs"][0]] * 5),
    "run-not-object.json": variant(runs=[1]),
    "run-unknown-field.json": variant(runs__0__extra=True),
    "model-wrong.json": variant(runs__0__model="cubic"),
    "model-number.json": variant(runs__0__model=3),
    "start-count.json": variant(runs__0__start=[1, 2, 3]),
    "start-string.json": variant(runs__0__start="1"),
    "epochs-zero.json": variant(runs__0__epochs=0),
    "epochs-huge.json": variant(runs__0__epochs=10 ** 12),
    "epochs-negative.json": variant(runs__0__epochs=-5),
    "lr-negative.json": variant(runs__0__optimizer__lr=-0.1),
    "lr-string.json": variant(runs__0__optimizer__lr="0.1"),
    "kind-wrong.json": variant(runs__0__optimizer__kind="lbfgs"),
    "kind-missing.json": variant(runs__0__optimizer__kind=DELETE),
    "optimizer-array.json": variant(runs__0__optimizer=[1]),
    "beta-one.json": variant(runs__0__optimizer={"kind": "adam", "lr": 0.1, "beta1": 1.0}),
    "nesterov-no-momentum.json": variant(runs__0__optimizer={"kind": "sgd", "lr": 0.1, "nesterov": True}),
    "momentum-negative.json": variant(runs__0__optimizer={"kind": "sgd", "lr": 0.1, "momentum": -1}),
    "eps-wrong-optimizer.json": variant(runs__0__optimizer={"kind": "sgd", "lr": 0.1, "eps": 1e-8}),
    "colour-out.json": variant(runs__0__colour=7),
    "seed-huge.json": json.dumps(good).replace("\"epochs\": 10", "\"epochs\": 10, \"seed\": 1" + "0" * 30),
    "batch-negative.json": variant(runs__0__batchSize=-1),
    "shuffle-string.json": variant(runs__0__shuffle="yes"),
    "tolerance-negative.json": variant(runs__0__tolerance=-1),
    "logstyle-wrong.json": variant(logStyle="fancy"),
    "preset-unknown.json": variant(preset="adam"),
    "preset-null.json": variant(preset=None),
    "label-empty.json": variant(runs__0__label="  "),
    "label-control.json": variant(runs__0__label="a\u0000b\nc"),
}
for name, data in sessions.items():
    put("session", name, data)

# ---- command lines -------------------------------------------------------------------------------
# One command line per line, arguments separated by tabs; {csv} and {session} stand for the corpus folders.
lines = [
    "train\t--lr\tabc", "train\t--lr\tNaN", "train\t--lr\t-1", "train\t--lr\t1e999", "train\t--lr\t",
    "train\t--lr\t0x10", "train\t--lr\t1,5", "train\t--lr", "train\t--epochs\t0", "train\t--epochs\t-3",
    "train\t--epochs\t99999999999999", "train\t--epochs\t1.5", "train\t--epochs\tabc",
    "train\t--batch-size\t-1", "train\t--batch-size\t0", "train\t--batch-size\t1e3",
    "train\t--model\tcubic", "train\t--model\t", "train\t--preset\tnope", "train\t--preset\t\u0007",
    "train\t--init\t1,2,3", "train\t--init\ta,b", "train\t--init\t", "train\t--init\t1e999",
    "train\t--optimizer\tlbfgs", "train\t--optimizer\tadam\t--momentum\t0.9", "train\t--momentum\t2",
    "train\t--momentum\t-0.5", "train\t--dampening\t5", "train\t--nesterov", "train\t--nesterov\t--momentum\t0",
    "train\t--weight-decay\t-1", "train\t--seed\tabc", "train\t--seed\t99999999999999999999999",
    "train\t--shuffle\t--seed\t-1", "train\t--compare\tgarbage", "train\t--compare\tlr=", "train\t--compare\t=",
    "train\t--compare\tlr=1,lr=2", "train\t--compare\tepochs=0", "train\t--compare\tx=1",
    "train\t--compare\tlr=0.1\t--compare\tlr=0.2\t--compare\tlr=0.3\t--compare\tlr=0.4",
    "train\t--size\t0x0", "train\t--size\tbig", "train\t--size\t99999x99999",
    "train\t--data\t{csv}/nan.csv", "train\t--data\t{csv}/random-bytes.csv", "train\t--data\t{csv}",
    "train\t--data\t{csv}/long-bad-cell.csv", "train\t--data\t{csv}/long-line.csv",
    "train\t--data\t{csv}/missing.csv", "train\t--data\t", "train\t--data\t{csv}/good.csv\t--preset\tgd",
    "train\t--data\t{csv}/utf16le-bom.csv", "train\t--data\t{csv}/control-chars.csv",
    "train\t--bogus", "train\t--lr=0.1=0.2", "train\t-x", "train\t--", "train\t---lr\t1", "train\t-",
    "nosuchcommand", "--version", "", "\u00e9\u00e8", "train\t\u2014lr\t0.1", "presets\textra",
    "bench\t--points\t-1", "bench\t--points\tabc", "bench\t--points\t99999999999999",
    "probe\t--points\t-1", "train\t--lr\t0.5\t--epochs\t3",
]
put("cli", "args.txt", "\n".join(lines) + "\n")
