//! `flux-rs envsubst`: substitution of a Flux manifest and strict mode.

use super::support::{assert_golden, flux_sync};
use crate::support::fixture;

fn input() -> String {
    std::fs::read_to_string(fixture("cli/envsubst/file.yaml")).expect("reading the input")
}

#[test]
fn substitutes_like_upstream() {
    let out = flux_sync(&["envsubst"], &[("APP_NAME", "shop")], Some(&input()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let want = std::fs::read_to_string(fixture("cli/envsubst/file.gold")).expect("reading the golden");
    assert_eq!(out.stdout, want);
    assert_eq!(out.stderr, "");
}

#[test]
fn strict_fails_on_the_first_unset_variable() {
    let out = flux_sync(&["envsubst", "--strict"], &[], Some(&input()));
    assert_golden("envsubst_strict", &out, &[]);
}

#[test]
fn strict_accepts_defaults_and_set_variables() {
    let out = flux_sync(&["envsubst", "--strict"], &[("APP_NAME", "shop")], Some(&input()));
    let want = std::fs::read_to_string(fixture("cli/envsubst/file.gold")).expect("reading the golden");
    assert_eq!((out.code, out.stdout.as_str()), (0, want.as_str()), "{}", out.stderr);
}

#[test]
fn operators_and_bad_substitutions() {
    let text = "a: ${NAME^^}\nb: ${PATHY##*/}\nc: $NAME and $${NAME}\nd: ${UNSET:-fallback}\ne: ${NAME\n";
    let out = flux_sync(&["envsubst"], &[("NAME", "podinfo"), ("PATHY", "a/b/c.yaml")], Some(text));
    assert_golden("envsubst_operators", &out, &[]);
}
