//! Shortening of hashes in revisions and messages, as `flux get` prints them.

/// Cuts every hexadecimal word of 40 to 128 characters (SHA-1 up to SHA-512) down to its first 8.
///
/// Same result as upstream's `utils.TruncateHex` (`\b[a-f0-9]{40,128}\b`): a hash only counts when it is a
/// whole word (ASCII letters, digits and `_` continue a word), lowercase, and not longer than 128; every
/// occurrence of a matched hash is then replaced, as Go's `strings.Replace(…, -1)` does.
///
/// ```text
/// main@sha1:696f056df216eea4f9401adbee0ff744d4df390f  →  main@sha1:696f056d
/// ```
pub fn truncate_hex(text: &str) -> String {
    let hits = hex_words(text);
    let mut out = text.to_string();
    for hit in hits {
        out = out.replace(hit, &hit[..8]);
    }
    out
}

/// The whole words of `text` that are 40–128 lowercase hex digits, in order.
fn hex_words(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut hits = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_word(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_word(bytes[i]) {
            i += 1;
        }
        let word = &text[start..i];
        if (40..=128).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            hits.push(word);
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::truncate_hex;

    const SHA1: &str = "16cfcc0b9066b3234dda29927ac1c19860d9663f";
    const SHA256: &str = "c2448c95e262b10f9c1137bf1472f51c04dffca76966ff15eff409d0b300c0b0";

    #[test]
    fn hashes_of_every_size_are_cut_to_eight() {
        assert_eq!(truncate_hex(SHA1), "16cfcc0b");
        assert_eq!(truncate_hex(SHA256), "c2448c95");
        let sha512 = "dd81564b7e1e1d5986b166c21963d602f47f8610bf2a6ebbfd2f9c1e5ef05ef134f07e587383cbc049325c43e0e6817b5a282a74c0d569a5e057118484989781";
        assert_eq!(truncate_hex(sha512), "dd81564b");
    }

    #[test]
    fn hashes_inside_revisions_and_messages() {
        assert_eq!(truncate_hex(&format!("sha256:{SHA256}")), "sha256:c2448c95");
        assert_eq!(truncate_hex(&format!("tag@sha256:{SHA256}")), "tag@sha256:c2448c95");
        assert_eq!(truncate_hex(&format!("HEAD/{SHA1}")), "HEAD/16cfcc0b");
        assert_eq!(truncate_hex(&format!("a hash {SHA1} in it")), "a hash 16cfcc0b in it");
        assert_eq!(truncate_hex(&format!("a hash \"{SHA256}\" in it")), "a hash \"c2448c95\" in it");
        assert_eq!(truncate_hex(&format!("a hash 'sha256:{SHA256}' in it")), "a hash 'sha256:c2448c95' in it");
        assert_eq!(
            truncate_hex("Fetched revision: main@sha1:696f056df216eea4f9401adbee0ff744d4df390f"),
            "Fetched revision: main@sha1:696f056d"
        );
    }

    #[test]
    fn other_text_is_left_alone() {
        let long = "f".repeat(154);
        assert_eq!(truncate_hex(&long), long, "longer than 128 is not a hash");
        assert_eq!(truncate_hex("ffffffffffffff"), "ffffffffffffff");
        assert_eq!(truncate_hex("which should not be modified"), "which should not be modified");
        assert_eq!(truncate_hex(""), "");
        let upper = SHA1.to_uppercase();
        assert_eq!(truncate_hex(&upper), upper, "uppercase is not matched");
        let glued = format!("{SHA1}_x");
        assert_eq!(truncate_hex(&glued), glued, "`_` continues the word");
    }
}
