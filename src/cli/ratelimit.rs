//! Client-side throttling for `--kube-api-qps` and `--kube-api-burst`: a token bucket with client-go's
//! semantics (up to `burst` requests at once, refilled at `qps` per second; a negative QPS disables it).

use std::time::{Duration, Instant};

/// The bucket's arithmetic, free of clocks and locks so it can be tested with made-up instants.
///
/// Like `golang.org/x/time/rate`, a request that finds the bucket empty reserves a future token (the
/// count goes negative) and is told how long to wait, so waiters are served in arrival order.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    qps: f64,
    burst: f64,
    tokens: f64,
    last: Instant,
}

impl TokenBucket {
    /// A full bucket. `qps` must be positive and `burst` at least 1 (see [`limits`]).
    pub fn new(qps: f64, burst: u32, now: Instant) -> TokenBucket {
        let burst = f64::from(burst.max(1));
        TokenBucket { qps, burst, tokens: burst, last: now }
    }

    /// Takes one token at `now`; returns how long the caller must wait before sending.
    pub fn reserve(&mut self, now: Instant) -> Duration {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.last = self.last.max(now);
        self.tokens = (self.tokens + elapsed * self.qps).min(self.burst);
        self.tokens -= 1.0;
        if self.tokens >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-self.tokens / self.qps)
        }
    }
}

/// Resolves the flags as client-go does: QPS 0 means 5 and burst 0 means 10 (its defaults), a negative QPS
/// means no limit, and a positive QPS needs a positive burst.
pub fn limits(qps: f32, burst: i64) -> Result<Option<(f64, u32)>, String> {
    if qps < 0.0 {
        return Ok(None);
    }
    let qps = if qps == 0.0 { 5.0 } else { f64::from(qps) };
    let burst = if burst == 0 { 10 } else { burst };
    if burst < 0 {
        return Err(
            "burst is required to be greater than 0 when RateLimiter is not set and QPS is set to greater than 0"
                .to_string(),
        );
    }
    Ok(Some((qps, u32::try_from(burst).unwrap_or(u32::MAX))))
}

/// A shared bucket that async callers wait on.
#[derive(Debug)]
pub struct Limiter {
    bucket: std::sync::Mutex<TokenBucket>,
}

impl Limiter {
    pub fn new(qps: f64, burst: u32) -> Limiter {
        Limiter { bucket: std::sync::Mutex::new(TokenBucket::new(qps, burst, Instant::now())) }
    }

    /// Waits until one more request may be sent.
    pub async fn acquire(&self) {
        let wait = {
            // A poisoned lock only means another task panicked mid-arithmetic; the bucket is still usable.
            let mut bucket = self.bucket.lock().unwrap_or_else(|p| p.into_inner());
            bucket.reserve(Instant::now())
        };
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refill_at_qps() {
        let t0 = Instant::now();
        let mut b = TokenBucket::new(2.0, 3, t0);
        for _ in 0..3 {
            assert_eq!(b.reserve(t0), Duration::ZERO);
        }
        // Empty: the fourth waits half a second (2 per second), the fifth a full second.
        assert_eq!(b.reserve(t0), Duration::from_millis(500));
        assert_eq!(b.reserve(t0), Duration::from_millis(1000));
        // After 10 s the bucket is full again but never above burst.
        let later = t0 + Duration::from_secs(10);
        for _ in 0..3 {
            assert_eq!(b.reserve(later), Duration::ZERO);
        }
        assert!(b.reserve(later) > Duration::ZERO);
    }

    #[test]
    fn flag_values_follow_client_go() {
        assert_eq!(limits(50.0, 300), Ok(Some((50.0, 300))));
        assert_eq!(limits(0.0, 0), Ok(Some((5.0, 10))));
        assert_eq!(limits(-1.0, 0), Ok(None));
        assert!(limits(5.0, -1).is_err());
    }
}
