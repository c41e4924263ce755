//! kustomize-controller's feature gates (upstream's `internal/features`), as `flux-rs run --feature-gates`
//! takes them: `Name=true,Other=false`, upstream's names and defaults.
//!
//! ```ignore
//! let gates = FeatureGates::parse("CancelHealthCheckOnNewRevision=true")?;
//! let mut options = Options::default();
//! FeatureGates::from_settings(gates).apply(&mut options);
//! assert!(options.cancel_health_check_on_new_revision);
//! ```

use std::collections::BTreeMap;

use super::Options;

/// Cancels a running health check when the Kustomization is queued again (a new source revision, a
/// watched ConfigMap or Secret, a spec change, a reconcile request).
pub const CANCEL_HEALTH_CHECK_ON_NEW_REVISION: &str = "CancelHealthCheckOnNewRevision";
/// Waits for every object until the timeout, even after one has failed.
pub const DISABLE_FAIL_FAST_BEHAVIOR: &str = "DisableFailFastBehavior";
/// An undefined `postBuild` variable without a default fails the build (on by default since v1.9).
pub const STRICT_POST_BUILD_SUBSTITUTIONS: &str = "StrictPostBuildSubstitutions";
/// Watches no ConfigMap or Secret (`--watch-configs-label-selector` is then ignored).
pub const DISABLE_CONFIG_WATCHERS: &str = "DisableConfigWatchers";

/// What flux-rs does with a gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Support {
    /// Both values work.
    Honoured,
    /// Only the default value: the other one is a feature flux-rs does not have yet.
    DefaultOnly,
    /// Upstream's cache tuning; flux-rs reads these objects from the API server either way, so both values
    /// behave the same.
    NoEffect,
}

/// Upstream's gates (kustomize-controller v1.9 `internal/features/features.go`, with the gates it takes
/// from fluxcd/pkg), their defaults, and what flux-rs does with them.
const GATES: [(&str, bool, Support); 12] = [
    (CANCEL_HEALTH_CHECK_ON_NEW_REVISION, false, Support::Honoured),
    (DISABLE_FAIL_FAST_BEHAVIOR, false, Support::Honoured),
    (STRICT_POST_BUILD_SUBSTITUTIONS, true, Support::Honoured),
    (DISABLE_CONFIG_WATCHERS, false, Support::Honoured),
    ("AdditiveCELDependencyCheck", false, Support::DefaultOnly),
    ("ExternalArtifact", false, Support::DefaultOnly),
    ("GroupChangeLog", false, Support::DefaultOnly),
    ("MigrateAPIVersion", false, Support::DefaultOnly),
    ("ObjectLevelWorkloadIdentity", false, Support::DefaultOnly),
    ("CacheSecretsAndConfigMaps", false, Support::NoEffect),
    ("DirectSourceFetch", false, Support::NoEffect),
    ("DisableStatusPollerCache", true, Support::NoEffect),
];

/// The state of every gate: upstream's defaults, overridden by `--feature-gates`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureGates {
    enabled: BTreeMap<&'static str, bool>,
}

impl Default for FeatureGates {
    fn default() -> FeatureGates {
        FeatureGates { enabled: GATES.iter().map(|(name, default, _)| (*name, *default)).collect() }
    }
}

impl FeatureGates {
    /// One `--feature-gates` value: comma-separated `Name=bool` pairs (`true`, `false`, `1`, `0`, `t`,
    /// `f`, `TRUE`, `False`, … as Go's `strconv.ParseBool`).
    ///
    /// # Errors
    /// One line: a malformed pair, a value that is not a boolean, a gate kustomize-controller does not have
    /// (`feature-gate 'X' not supported`, upstream's words), or a value flux-rs does not implement.
    pub fn parse(text: &str) -> Result<Vec<(&'static str, bool)>, String> {
        let mut settings = Vec::new();
        for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((name, value)) = pair.split_once('=') else {
                return Err(format!("malformed pair {pair:?}, expect string=bool"));
            };
            let (name, value) = (name.trim(), value.trim());
            let value =
                parse_bool(value).ok_or_else(|| format!("invalid value of {name}: {value:?}, expect a bool"))?;
            let Some((known, default, support)) = GATES.iter().find(|(n, _, _)| *n == name) else {
                return Err(format!("feature-gate '{name}' not supported"));
            };
            if *support == Support::DefaultOnly && value != *default {
                return Err(format!("feature-gate '{name}={value}' is not implemented in flux-rs"));
            }
            settings.push((*known, value));
        }
        Ok(settings)
    }

    /// The defaults with `settings` applied in order (a later one wins, as repeated flags do upstream).
    pub fn from_settings(settings: impl IntoIterator<Item = (&'static str, bool)>) -> FeatureGates {
        let mut gates = FeatureGates::default();
        gates.enabled.extend(settings);
        gates
    }

    pub fn enabled(&self, gate: &str) -> bool {
        self.enabled.get(gate).copied().unwrap_or(false)
    }

    /// Sets what the honoured gates control in `options`.
    pub fn apply(&self, options: &mut Options) {
        options.cancel_health_check_on_new_revision = self.enabled(CANCEL_HEALTH_CHECK_ON_NEW_REVISION);
        options.fail_fast = !self.enabled(DISABLE_FAIL_FAST_BEHAVIOR);
        options.strict_substitutions = self.enabled(STRICT_POST_BUILD_SUBSTITUTIONS);
        if self.enabled(DISABLE_CONFIG_WATCHERS) {
            options.watch_configs = None;
        }
    }
}

/// Go's `strconv.ParseBool`.
fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_upstreams_and_leave_the_options_alone() {
        let mut options = Options::default();
        let before = format!("{options:?}");
        FeatureGates::default().apply(&mut options);
        assert_eq!(format!("{options:?}"), before, "Options::default() is upstream's defaults");
        assert!(!options.cancel_health_check_on_new_revision);
        assert!(options.fail_fast && options.strict_substitutions && options.watch_configs.is_some());
    }

    #[test]
    fn settings_override_the_defaults_in_order() {
        let mut settings =
            FeatureGates::parse("CancelHealthCheckOnNewRevision=true, DisableFailFastBehavior=1").unwrap();
        settings.extend(FeatureGates::parse("StrictPostBuildSubstitutions=False,DisableConfigWatchers=t").unwrap());
        settings.extend(FeatureGates::parse("DisableFailFastBehavior=false").unwrap());
        let mut options = Options::default();
        FeatureGates::from_settings(settings).apply(&mut options);
        assert!(options.cancel_health_check_on_new_revision);
        assert!(options.fail_fast, "the later setting wins");
        assert!(!options.strict_substitutions);
        assert!(options.watch_configs.is_none());
        assert_eq!(FeatureGates::parse("").unwrap(), vec![]);
        assert_eq!(FeatureGates::parse("DirectSourceFetch=true,ExternalArtifact=false").unwrap().len(), 2);
    }

    #[test]
    fn bad_settings_are_one_line_errors() {
        for (text, error) in [
            ("Nope=true", "feature-gate 'Nope' not supported"),
            ("CancelHealthCheckOnNewRevision", "malformed pair \"CancelHealthCheckOnNewRevision\", expect string=bool"),
            ("GroupChangeLog=yes", "invalid value of GroupChangeLog: \"yes\", expect a bool"),
            ("ExternalArtifact=true", "feature-gate 'ExternalArtifact=true' is not implemented in flux-rs"),
        ] {
            assert_eq!(FeatureGates::parse(text).unwrap_err(), error);
        }
    }
}
