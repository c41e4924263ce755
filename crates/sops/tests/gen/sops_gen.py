#!/usr/bin/env python3
"""Writes SOPS-encrypted test files, independently of the Rust decryptor.

It follows the published SOPS format (getsops/sops README, "Encryption Protocol"): values are
encrypted with AES-256-GCM under a random 32-byte data key, with a 32-byte IV and the value's
path (`a:b:c:`) as additional data, and written `ENC[AES256_GCM,data:...,iv:...,tag:...,type:...]`;
the MAC is SHA-512 over the cleartext values in document order, encrypted the same way with the
`lastmodified` time as additional data; the data key is encrypted to each recipient with the
real tools: the `age` CLI (armored) and `gpg`.

Usage: sops_gen.py OUTDIR

OUTDIR receives the key files (`keys/`), one encrypted file per case, the output `sops -d` gives
for it (`<case>.expected`, for the cases that decrypt), and `manifest.json`, which lists the
cases for the Rust tests. Needs python3-cryptography, age, age-keygen and gpg.
"""

import base64
import datetime
import decimal
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
except ImportError:  # pragma: no cover - reported to the test as a clear failure
    sys.exit("sops_gen.py needs the Python 'cryptography' package (apt-get install python3-cryptography)")

SOPS_VERSION = "3.10.2"
# sha256("sops"): where the MAC starts when only encrypted values count.
MAC_ONLY_ENCRYPTED_INIT = hashlib.sha256(b"sops").digest()


class Comment:
    """A comment line: the text after '#'; inline when it ends a value's line."""

    def __init__(self, text, inline=False):
        self.text = text
        self.inline = inline


class Enc:
    """An encrypted value, as written in the file."""

    def __init__(self, text):
        self.text = text


# ----------------------------------------------------------------------------------------------
# Values and the tree walk


def go_float_f(f):
    """Go's strconv.FormatFloat(f, 'f', -1, 64)."""
    s = format(decimal.Decimal(repr(f)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def plain_bytes(value):
    """How sops turns a value into bytes, for the MAC and for encryption (and its type)."""
    if isinstance(value, bool):
        return (b"True" if value else b"False"), "bool"
    if isinstance(value, int):
        return str(value).encode(), "int"
    if isinstance(value, float):
        return go_float_f(value).encode(), "float"
    if isinstance(value, bytes):
        return value, "str"
    if isinstance(value, Comment):
        return value.text.encode(), "comment"
    return value.encode(), "str"


def b64(data):
    return base64.b64encode(data).decode()


def encrypt_value(value, key, aad):
    data, kind = plain_bytes(value)
    if data == b"":
        return ""
    iv = os.urandom(32)
    sealed = AESGCM(key).encrypt(iv, data, aad.encode())
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (b64(sealed[:-16]), b64(iv), b64(sealed[-16:]), kind)


class Rules:
    def __init__(self, unencrypted_suffix="", encrypted_regex="", mac_only_encrypted=False):
        if not unencrypted_suffix and not encrypted_regex:
            unencrypted_suffix = "_unencrypted"
        self.unencrypted_suffix = unencrypted_suffix
        self.encrypted_regex = encrypted_regex
        self.mac_only_encrypted = mac_only_encrypted

    def encrypted(self, path):
        if self.encrypted_regex:
            return any(re.search(self.encrypted_regex, p) for p in path)
        return not any(p.endswith(self.unencrypted_suffix) for p in path)


class Walk:
    """sops's Tree.Encrypt: encrypts the leaves and hashes the cleartext for the MAC."""

    def __init__(self, key, rules):
        self.key = key
        self.rules = rules
        self.hash = hashlib.sha512()
        if rules.mac_only_encrypted:
            self.hash.update(MAC_ONLY_ENCRYPTED_INIT)

    def leaf(self, value, path):
        is_comment = isinstance(value, Comment)
        encrypted = self.rules.encrypted(path)
        if (not self.rules.mac_only_encrypted or encrypted) and not is_comment:
            self.hash.update(plain_bytes(value)[0])
        if not encrypted:
            return value
        text = encrypt_value(value, self.key, ":".join(path) + ":")
        if is_comment:
            return Comment(text, value.inline)
        return Enc(text)

    def value(self, value, path):
        if value is None:
            return None
        if isinstance(value, list) and value and isinstance(value[0], tuple) or value == {}:
            return self.mapping(value, path)
        if isinstance(value, list):
            return [self.value(v, path) for v in value]
        return self.leaf(value, path)

    def mapping(self, items, path):
        out = []
        for k, v in (items if items != {} else []):
            if isinstance(k, Comment):
                out.append((self.leaf(k, path), None))
            else:
                out.append((k, self.value(v, path + [k])))
        return out

    def mac(self):
        return self.hash.hexdigest().upper()


def is_map(value):
    return value == {} or (isinstance(value, list) and value and isinstance(value[0], tuple))


# ----------------------------------------------------------------------------------------------
# Keys


def run(args, stdin=None, env=None):
    result = subprocess.run(args, input=stdin, capture_output=True, env=env)
    if result.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(args[:2]), result.stderr.decode(errors="replace").strip()))
    return result.stdout


def need(tool):
    if shutil.which(tool) is None:
        sys.exit("sops_gen.py needs '%s' on PATH (apt-get install age gpg)" % tool)


class Keys:
    def __init__(self, out):
        for tool in ("age", "age-keygen", "gpg", "gpgconf"):
            need(tool)
        os.makedirs(os.path.join(out, "keys"), exist_ok=True)
        self.age_identity, self.age_recipient = self.age_keygen(os.path.join(out, "keys", "age.agekey"))
        self.other_identity, self.other_recipient = self.age_keygen(os.path.join(out, "keys", "other.agekey"))
        self.pgp_fp, armored = self.gpg_keygen()
        with open(os.path.join(out, "keys", "pgp.asc"), "w") as f:
            f.write(armored)
        # A key protected by a passphrase, which the keyring must refuse.
        with open(os.path.join(out, "keys", "protected.asc"), "w") as f:
            f.write(self.gpg_protected_key())

    @staticmethod
    def age_keygen(path):
        if os.path.exists(path):
            os.remove(path)
        run(["age-keygen", "-o", path])
        with open(path) as f:
            text = f.read()
        recipient = re.search(r"public key: (age1\S+)", text).group(1)
        identity = re.search(r"^(AGE-SECRET-KEY-1\S+)$", text, re.M).group(1)
        return identity, recipient

    def gpg_keygen(self):
        self.gnupghome = tempfile.mkdtemp(prefix="sops-gen-gpg-")
        os.chmod(self.gnupghome, 0o700)
        base = ["gpg", "--batch", "--homedir", self.gnupghome, "--pinentry-mode", "loopback", "--passphrase", ""]
        run(base + ["--quick-gen-key", "SOPS Test <sops-test@example.com>", "ed25519", "cert,sign", "never"])
        listing = run(["gpg", "--batch", "--homedir", self.gnupghome, "--with-colons", "--list-secret-keys"]).decode()
        fp = re.search(r"^fpr:+([0-9A-F]{40}):", listing, re.M).group(1)
        run(base + ["--quick-add-key", fp, "cv25519", "encr", "never"])
        armored = run(base + ["--armor", "--export-secret-keys", fp]).decode()
        return fp, armored

    def gpg_protected_key(self):
        base = ["gpg", "--batch", "--homedir", self.gnupghome, "--pinentry-mode", "loopback", "--passphrase", "test"]
        uid = "Protected <protected@example.com>"
        run(base + ["--quick-gen-key", uid, "ed25519", "cert,sign", "never"])
        return run(base + ["--armor", "--export-secret-keys", uid]).decode()

    def age_encrypt(self, data_key, recipient):
        return run(["age", "--encrypt", "--armor", "--recipient", recipient], stdin=data_key).decode()

    def pgp_encrypt(self, data_key):
        args = ["gpg", "--batch", "--homedir", self.gnupghome, "--trust-model", "always", "--no-encrypt-to"]
        return run(args + ["--encrypt", "--armor", "--recipient", self.pgp_fp], stdin=data_key).decode().strip()

    def close(self):
        subprocess.run(["gpgconf", "--homedir", self.gnupghome, "--kill", "gpg-agent"], capture_output=True)
        shutil.rmtree(self.gnupghome, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# Metadata


def metadata(keys, data_key, mac, rules, recipients, pgp=False, groups=1):
    """The sops metadata as a sorted mapping, as sops serializes it."""
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    lastmodified = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    meta = []
    age_entries = [[("enc", keys.age_encrypt(data_key, r)), ("recipient", r)] for r in recipients]
    pgp_entries = []
    if pgp:
        pgp_entries = [[("created_at", lastmodified), ("enc", keys.pgp_encrypt(data_key)), ("fp", keys.pgp_fp)]]
    if groups == 1:
        if age_entries:
            meta.append(("age", age_entries))
    else:
        # Several key groups: the data key would be split with Shamir's scheme. Only the shape
        # matters here, for the decryptor's refusal.
        meta.append(("key_groups", [[("age", age_entries)] for _ in range(groups)]))
    meta.append(("lastmodified", lastmodified))
    meta.append(("mac", encrypt_value(mac, data_key, lastmodified)))
    if rules.mac_only_encrypted:
        meta.append(("mac_only_encrypted", True))
    if pgp_entries:
        meta.append(("pgp", pgp_entries))
    if rules.encrypted_regex:
        meta.append(("encrypted_regex", rules.encrypted_regex))
    else:
        meta.append(("unencrypted_suffix", rules.unencrypted_suffix))
    meta.append(("version", SOPS_VERSION))
    meta.sort(key=lambda kv: kv[0])
    return meta


def flatten(meta, prefix):
    """sops's metadata flattening for dotenv and INI: `age__list_0__map_enc`."""
    out = []

    def walk(value, key):
        if is_map(value):
            for k, v in value:
                walk(v, key + "__map_" + k)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, key + "__list_" + str(i))
        else:
            out.append((key, value))

    for k, v in meta:
        walk(v, prefix + k)
    return out


# ----------------------------------------------------------------------------------------------
# Writers


PLAIN = re.compile(r"^[A-Za-z_/][A-Za-z0-9_./ -]*$")
YAML_WORDS = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}
# Strings go-yaml prints plain, as far as the fixtures go: no indicator first, no ": " or " #",
# no surrounding space, not a number.
GO_PLAIN = re.compile(r"^(?![-?:,\[\]{}#&*!|>'\"%@`0-9.+ ])(?!.*(: | #|\s$)).+$")


def yaml_scalar(value):
    if isinstance(value, Enc):
        return value.text or '""'
    if isinstance(value, str) and value.startswith("ENC[AES256_GCM,"):
        return value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = value
    if PLAIN.match(text) and text.lower() not in YAML_WORDS and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)


def yaml_lines(value, indent, out):
    pad = " " * indent
    if is_map(value):
        if value == {}:
            return
        pending_inline = []
        for k, v in value:
            if isinstance(k, Comment):
                if k.inline:
                    # sops writes an inline comment at the end of the next entry's line.
                    pending_inline.append(k)
                else:
                    out.append(pad + "#" + k.text)
                continue
            entry = []
            write_entry(pad + k + ":", v, indent, entry)
            if pending_inline:
                entry[0] += " " + " ".join("#" + c.text for c in pending_inline)
                pending_inline = []
            out.extend(entry)
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, Comment):
                out.append(pad + "#" + v.text)
                continue
            if is_map(v):
                first = []
                yaml_lines(v, indent + 2, first)
                out.append(pad + "- " + first[0].lstrip())
                out.extend(first[1:])
            else:
                write_entry(pad + "-", v, indent, out)


def write_entry(head, value, indent, out):
    if (is_map(value) and value != {}) or (isinstance(value, list) and value):
        out.append(head)
        yaml_lines(value, indent + 4, out)
    elif value == {} or value == []:
        out.append(head + " " + ("{}" if value == {} else "[]"))
    elif isinstance(value, str) and "\n" in value:
        out.append(head + " |" + ("" if value.endswith("\n") else "-"))
        for line in value.rstrip("\n").split("\n"):
            out.append(" " * (indent + 4) + line)
    else:
        out.append(head + " " + yaml_scalar(value))


def write_yaml(docs):
    """Documents written as sops writes them: 4-space indent, comments as `#ENC[...]` lines."""
    texts = []
    for doc in docs:
        out = []
        yaml_lines(doc, 0, out)
        texts.append("\n".join(out) + "\n")
    return "---\n".join(texts)


def json_value(value, depth):
    pad = "\t" * (depth + 1)
    end = "\t" * depth
    if isinstance(value, Enc):
        return json.dumps(value.text)
    if is_map(value):
        entries = [(k, v) for k, v in value if not isinstance(k, Comment)] if value != {} else []
        if not entries:
            return "{}"
        return "{\n" + ",\n".join(pad + json.dumps(k) + ": " + json_value(v, depth + 1) for k, v in entries) + "\n" + end + "}"
    if isinstance(value, list):
        items = [v for v in value if not isinstance(v, Comment)]
        if not items:
            return "[]"
        return "[\n" + ",\n".join(pad + json_value(v, depth + 1) for v in items) + "\n" + end + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return go_json_string(value)


def go_json_string(text):
    """Go's json.Marshal for a string: HTML characters escaped too."""
    out = json.dumps(text, ensure_ascii=False)
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_json(items):
    return json_value(items, 0) + "\n"


def dotenv_text(value):
    if isinstance(value, Enc):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\n", "\\n")


def write_dotenv(items):
    lines = []
    for k, v in items:
        if isinstance(k, Comment):
            lines.append("#" + k.text)
        else:
            lines.append(k + "=" + dotenv_text(v))
    return "".join(line + "\n" for line in lines)


def ini_value(value):
    text = value.text if isinstance(value, Enc) else str(value)
    if "\n" in text or "`" in text:
        return '"""' + text + '"""'
    if "#" in text or ";" in text:
        return "`" + text + "`"
    if text.strip() != text:
        return '"' + text + '"'
    return text


def write_ini(sections):
    """INI as gopkg.in/ini.v1 writes it: `=` aligned per section, blank lines between sections."""
    blocks = []
    for name, items in sections:
        lines = []
        keys = [k for k, _ in items if not isinstance(k, Comment)]
        width = max((len(k) for k in keys), default=0)
        comment = None
        for k, v in items:
            if isinstance(k, Comment):
                comment = k.text
                continue
            if comment is not None:
                lines.append("; " + comment.strip())
                comment = None
            lines.append(k + " " * (width - len(k)) + " = " + ini_value(v))
        if name == "DEFAULT" and not blocks:
            if not keys:
                continue
            blocks.append("\n".join(lines) + "\n")
        else:
            blocks.append("[" + name + "]\n" + "".join(line + "\n" for line in lines))
    return "\n".join(blocks)


# ----------------------------------------------------------------------------------------------
# Expected `sops -d` output for the fixtures' shapes


def expected_yaml(doc):
    """What sops -d prints for a document of the fixtures: go-yaml v3's layout at indent 4; every
    comment, decrypted, is written on its own line (sops loses the inline mark on decryption)."""
    out = []
    expected_yaml_lines(doc, 0, out)
    return "\n".join(out) + "\n"


def expected_yaml_lines(value, indent, out, seq_item=False):
    pad = " " * indent
    if is_map(value):
        for k, v in value:
            if isinstance(k, Comment):
                out.append(pad + "#" + k.text)
                continue
            expected_entry(pad + expected_key(k) + ":", v, indent, out)
    else:
        for v in value:
            if isinstance(v, Comment):
                out.append(pad + "#" + v.text)
                continue
            if (is_map(v) and v != {}) or (isinstance(v, list) and v):
                inner = []
                expected_yaml_lines(v, indent + 2, inner)
                out.append(pad + "- " + inner[0].lstrip())
                out.extend(inner[1:])
            else:
                expected_entry(pad + "-", v, indent, out)


def expected_key(k):
    return k if PLAIN.match(k) and k.lower() not in YAML_WORDS else json.dumps(k, ensure_ascii=False)


def expected_entry(head, value, indent, out):
    if is_map(value) and value != {}:
        out.append(head)
        expected_yaml_lines(value, indent + 4, out)
    elif isinstance(value, list) and value:
        out.append(head)
        expected_yaml_lines(value, indent + 4, out)
    elif value == {} or value == []:
        out.append(head + " " + ("{}" if value == {} else "[]"))
    elif isinstance(value, str) and "\n" in value:
        out.append(head + " |" + ("" if value.endswith("\n") else "-"))
        for line in value.rstrip("\n").split("\n"):
            out.append(" " * (indent + 4) + line)
    elif isinstance(value, str) and value == "":
        out.append(head + ' ""')
    elif isinstance(value, str) and GO_PLAIN.match(value) and value.lower() not in YAML_WORDS:
        out.append(head + " " + value)
    else:
        out.append(head + " " + yaml_scalar(value))


# ----------------------------------------------------------------------------------------------
# The cases


SETTINGS = [
    (Comment(" the application's settings"), None),
    ("app", [
        ("name", "demo"),
        ("replicas", 3),
        ("ratio", 0.75),
        ("enabled", True),
        ("disabled", False),
        ("nothing", None),
        ("empty", ""),
        ("motd", "hello\nworld\n"),
        ("greeting", "héllo wörld ✓"),
        ("tags", ["a", "b", Comment(" the last tag")]),
        ("servers", [
            [("host", "db1"), ("port", 5432)],
            [("host", "db2"), ("port", 5433)],
        ]),
        ("public_unencrypted", "visible"),
        (Comment(" the admin password", inline=True), None),
        ("password", "s3cr3t"),
    ]),
    ("list_of_lists", [["x", "y"], ["z"]]),
]

SECRET = [
    ("apiVersion", "v1"),
    ("kind", "Secret"),
    ("metadata", [("name", "app-secret"), ("namespace", "default")]),
    ("type", "Opaque"),
    ("stringData", [("username", "admin"), ("password", "hunter2")]),
    ("data", [("token", "c2VjcmV0")]),
]

REGEX = "^(data|stringData)$"


def encrypt_doc(doc, key, rules):
    walk = Walk(key, rules)
    encrypted = walk.mapping(doc, [])
    return encrypted, walk.mac()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    keys = Keys(out)
    manifest = []

    def add(name, fmt, text, expected=None, error=None, node=False):
        with open(os.path.join(out, name), "w" if isinstance(text, str) else "wb") as f:
            f.write(text)
        entry = {"file": name, "format": fmt}
        if expected is not None:
            expected_name = name + (".expected.json" if node else ".expected")
            with open(os.path.join(out, expected_name), "w" if isinstance(expected, str) else "wb") as f:
                f.write(expected)
            entry["expected"] = expected_name
        if error is not None:
            entry["error"] = error
        if node:
            entry["node"] = True
        manifest.append(entry)

    def yaml_case(doc, rules, recipients=None, pgp=False, groups=1):
        key = os.urandom(32)
        encrypted, mac = encrypt_doc(doc, key, rules)
        recipients = [keys.age_recipient] if recipients is None else recipients
        meta = metadata(keys, key, mac, rules, recipients, pgp=pgp, groups=groups)
        return write_yaml([encrypted + [("sops", meta)]])

    try:
        default = Rules()
        # Nested maps and lists, every value type, comments, an unencrypted suffix; age.
        nested = yaml_case(SETTINGS, default)
        add("nested.yaml", "yaml", nested, expected_yaml(SETTINGS))
        # The same tree in JSON (comments are not part of JSON).
        key = os.urandom(32)
        encrypted, mac = encrypt_doc(SETTINGS, key, default)
        meta = metadata(keys, key, mac, default, [keys.age_recipient])
        add("nested.json", "json", write_json(encrypted + [("sops", meta)]), write_json(SETTINGS))

        # A Kubernetes Secret with only data and stringData encrypted: a file, and a resource.
        regex = Rules(encrypted_regex=REGEX)
        secret = yaml_case(SECRET, regex)
        add("secret.yaml", "yaml", secret, expected_yaml(SECRET))
        add("secret-node.yaml", "yaml", secret, json.dumps(node_json(SECRET)), node=True)

        # mac_only_encrypted: a value in clear may change without breaking the MAC.
        mac_only = Rules(encrypted_regex=REGEX, mac_only_encrypted=True)
        text = yaml_case(SECRET, mac_only)
        add("mac-only.yaml", "yaml", text, expected_yaml(SECRET))
        edited = text.replace("namespace: default", "namespace: edited", 1)
        add("mac-only-edited.yaml", "yaml", edited, expected_yaml(SECRET).replace("namespace: default", "namespace: edited"))

        # Tampering: a value in clear (MAC mismatch), an encrypted value moved (does not authenticate).
        add("tampered-clear.yaml", "yaml", nested.replace("public_unencrypted: visible", "public_unencrypted: changed", 1),
            error="MAC mismatch")
        lines = nested.split("\n")
        user = next(i for i, l in enumerate(lines) if l.startswith("    name: ENC["))
        pw = next(i for i, l in enumerate(lines) if l.startswith("    password: ENC["))
        lines[user], lines[pw] = lines[user].replace("name:", "password:"), lines[pw].replace("password:", "name:")
        add("tampered-moved.yaml", "yaml", "\n".join(lines), error="failed to decrypt the value at 'app:")

        # Recipients: only the second matches; none matches; a PGP key; Shamir key groups.
        add("multi-recipient.yaml", "yaml", yaml_case(SECRET, regex, [keys.other_recipient, keys.age_recipient]),
            expected_yaml(SECRET))
        add("wrong-key.yaml", "yaml", yaml_case(SECRET, regex, [keys.other_recipient]),
            error="no age or PGP key in the keyring matches any recipient of the data key")
        add("pgp.yaml", "yaml", yaml_case(SECRET, regex, recipients=[], pgp=True), expected_yaml(SECRET))
        add("key-groups.yaml", "yaml", yaml_case(SECRET, regex, groups=2), error="Shamir")

        # dotenv, INI and binary.
        env = [
            (Comment(" database credentials"), None),
            ("DB_USER", "admin"),
            ("DB_PASSWORD", "pa$$word=with=equals"),
            ("MULTILINE", "line1\nline2"),
            ("EMPTY", ""),
            ("PUBLIC_unencrypted", "shown"),
        ]
        key = os.urandom(32)
        encrypted, mac = encrypt_doc(env, key, default)
        meta = flatten(metadata(keys, key, mac, default, [keys.age_recipient]), "sops_")
        add("app.env", "dotenv", write_dotenv(encrypted + meta), write_dotenv(env))

        ini = [
            ("DEFAULT", []),
            ("database", [("user", "admin"), (Comment("the primary password"), None), ("password", "s3cr3t;x")]),
            ("cache", [("ttl", "30"), ("host", "cache.local")]),
        ]
        key = os.urandom(32)
        # INI comments follow the key they belong to in sops's tree; the writer puts them above.
        tree = [(name, [(k, v) for k, v in ini_tree(items)]) for name, items in ini]
        encrypted, mac = encrypt_doc(tree, key, default)
        meta = metadata(keys, key, mac, default, [keys.age_recipient])
        meta_section = [(k, escape_newlines(v)) for k, v in flatten(meta, "")]
        add("app.ini", "ini", write_ini(ini_sections(encrypted) + [("sops", meta_section)]), write_ini(ini))

        blob = b"\x00\xffbinary\n\x01 not UTF-8 \xc3\x28"
        key = os.urandom(32)
        encrypted, mac = encrypt_doc([("data", blob)], key, default)
        meta = metadata(keys, key, mac, default, [keys.age_recipient])
        add("blob.bin", "binary", write_json(encrypted + [("sops", meta)]), blob)
    finally:
        keys.close()

    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"keys": ["keys/age.agekey", "keys/pgp.asc"], "refused_keys": ["keys/protected.asc"], "cases": manifest},
                  f, indent=2)
        f.write("\n")


def ini_tree(items):
    """An INI section as sops's tree holds it: a key's comment follows the key."""
    out = []
    pending = None
    for k, v in items:
        if isinstance(k, Comment):
            pending = k
            continue
        out.append((k, v))
        if pending is not None:
            out.append((pending, None))
            pending = None
    return out


def ini_sections(tree):
    """Back from the tree to the writer's order: a key's comment before the key."""
    sections = []
    for name, items in tree:
        ordered = []
        for k, v in items:
            if isinstance(k, Comment) and ordered:
                ordered.insert(len(ordered) - 1, (k, v))
            else:
                ordered.append((k, v))
        sections.append((name, ordered))
    return sections


def escape_newlines(value):
    if isinstance(value, str):
        return value.replace("\n", "\\n")
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def node_json(doc):
    """The decrypted resource as JSON, keys in document order."""
    if is_map(doc):
        return {k: node_json(v) for k, v in doc if not isinstance(k, Comment)}
    if isinstance(doc, list):
        return [node_json(v) for v in doc if not isinstance(v, Comment)]
    return doc


if __name__ == "__main__":
    main()
