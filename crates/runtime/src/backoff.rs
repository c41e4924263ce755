//! Per-object exponential backoff after failed reconciliations: client-go's
//! `ItemExponentialFailureRateLimiter` as Flux configures it (`--min-retry-delay` 750ms,
//! `--max-retry-delay` 15m): the n-th consecutive failure waits `min·2ⁿ`, capped at `max`.

use std::time::Duration;

/// Upstream's `--min-retry-delay`.
pub const DEFAULT_MIN_RETRY_DELAY: Duration = Duration::from_millis(750);
/// Upstream's `--max-retry-delay`.
pub const DEFAULT_MAX_RETRY_DELAY: Duration = Duration::from_secs(15 * 60);

/// The delays of the exponential backoff.
///
/// ```
/// use std::time::Duration;
/// let b = runtime::backoff::Backoff::default();
/// assert_eq!(b.delay(0), Duration::from_millis(750));
/// assert_eq!(b.delay(1), Duration::from_millis(1500));
/// assert_eq!(b.delay(40), Duration::from_secs(900));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    min: Duration,
    max: Duration,
}

impl Backoff {
    /// Delays from `min`, doubling, never above `max` (`max` below `min` is raised to `min`).
    pub fn new(min: Duration, max: Duration) -> Backoff {
        Backoff { min, max: max.max(min) }
    }

    /// The delay before the retry that follows `failures` earlier consecutive failures.
    pub fn delay(&self, failures: u32) -> Duration {
        // 2^31 · anything above a nanosecond already exceeds every sensible maximum.
        let factor = 2u32.checked_pow(failures.min(31)).unwrap_or(u32::MAX);
        self.min.checked_mul(factor).map_or(self.max, |d| d.min(self.max))
    }

    /// The first delay.
    pub fn min(&self) -> Duration {
        self.min
    }

    /// The cap.
    pub fn max(&self) -> Duration {
        self.max
    }
}

impl Default for Backoff {
    fn default() -> Backoff {
        Backoff::new(DEFAULT_MIN_RETRY_DELAY, DEFAULT_MAX_RETRY_DELAY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_until_the_cap() {
        let b = Backoff::new(Duration::from_millis(100), Duration::from_secs(1));
        let delays: Vec<u128> = (0..6).map(|n| b.delay(n).as_millis()).collect();
        assert_eq!(delays, [100, 200, 400, 800, 1000, 1000]);
        assert_eq!(b.delay(u32::MAX), Duration::from_secs(1));
    }

    #[test]
    fn upstream_defaults_reach_fifteen_minutes_after_eleven_failures() {
        let b = Backoff::default();
        assert_eq!(b.delay(10), Duration::from_millis(750 * 1024));
        assert_eq!(b.delay(11), Duration::from_secs(900));
    }

    #[test]
    fn max_below_min_is_min() {
        let b = Backoff::new(Duration::from_secs(2), Duration::from_secs(1));
        assert_eq!(b.delay(3), Duration::from_secs(2));
    }
}
