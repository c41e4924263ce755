//! Requeue intervals with jitter, so that objects created together do not reconcile in lockstep forever
//! (upstream's `runtime/jitter`, flag `--interval-jitter-percentage`, default 5).

use std::time::Duration;

/// Upstream's default: ±5 %.
pub const DEFAULT_PERCENTAGE: u8 = 5;

/// A ±`percentage` % jitter applied to requeue intervals; 0 applies none.
///
/// ```
/// use std::time::Duration;
/// let jitter = runtime::jitter::Jitter::new(10).unwrap();
/// // The random factor r ∈ [0, 1) maps to d·(1 + p·(2r − 1)).
/// assert_eq!(jitter.apply_with(Duration::from_secs(100), 0.0), Duration::from_secs(90));
/// assert_eq!(jitter.apply_with(Duration::from_secs(100), 0.5), Duration::from_secs(100));
/// assert!(runtime::jitter::Jitter::new(100).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Jitter {
    percentage: u8,
}

/// The percentage is 100 or more.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("the interval jitter percentage must be a non-negative value and less than 100")]
pub struct InvalidJitter;

impl Jitter {
    /// A jitter of ±`percentage` %; upstream rejects 100 and more.
    pub fn new(percentage: u8) -> Result<Jitter, InvalidJitter> {
        if percentage >= 100 {
            return Err(InvalidJitter);
        }
        Ok(Jitter { percentage })
    }

    /// No jitter at all.
    pub const fn none() -> Jitter {
        Jitter { percentage: 0 }
    }

    /// The configured percentage.
    pub fn percentage(&self) -> u8 {
        self.percentage
    }

    /// `d` moved by a random amount within ±percentage %.
    pub fn apply(&self, d: Duration) -> Duration {
        self.apply_with(d, rand::random::<f64>())
    }

    /// `d·(1 + p·(2r − 1))` for a given `r` in `[0, 1)`: upstream's formula, deterministic for tests.
    pub fn apply_with(&self, d: Duration, r: f64) -> Duration {
        if self.percentage == 0 || d.is_zero() {
            return d;
        }
        let p = f64::from(self.percentage) / 100.0;
        d.mul_f64(1.0 + p * (2.0 * r.clamp(0.0, 1.0) - 1.0))
    }

    /// The interval `[d·(1 − p), d·(1 + p)]` every jittered value of `d` falls in.
    pub fn bounds(&self, d: Duration) -> (Duration, Duration) {
        let p = f64::from(self.percentage) / 100.0;
        (d.mul_f64(1.0 - p), d.mul_f64(1.0 + p))
    }
}

impl Default for Jitter {
    fn default() -> Jitter {
        Jitter { percentage: DEFAULT_PERCENTAGE }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_within_bounds() {
        let jitter = Jitter::default();
        let d = Duration::from_secs(60);
        let (low, high) = jitter.bounds(d);
        assert_eq!((low, high), (Duration::from_secs(57), Duration::from_secs(63)));
        for _ in 0..1000 {
            let j = jitter.apply(d);
            assert!(j >= low && j <= high, "{j:?}");
        }
    }

    #[test]
    fn zero_means_exact() {
        let d = Duration::from_millis(1234);
        assert_eq!(Jitter::none().apply(d), d);
        assert_eq!(Jitter::new(0).unwrap().apply(d), d);
        assert_eq!(Jitter::default().apply(Duration::ZERO), Duration::ZERO);
    }

    #[test]
    fn rejects_100_percent() {
        assert_eq!(Jitter::new(99).map(|j| j.percentage()), Ok(99));
        assert_eq!(Jitter::new(100), Err(InvalidJitter));
    }
}
