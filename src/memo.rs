//! A function of small whole numbers, each value worked out once: key-phrase scores and the
//! weights of sentence vectors take logarithms of counts, and the same counts come back again and
//! again.

/// `f(n)`, kept for every `n` below the size given (worked out on first use); larger `n` are
/// worked out each time.
pub(crate) struct Memo<F> {
    /// NaN until worked out.
    table: Vec<f64>,
    f: F,
}

impl<F: Fn(usize) -> f64> Memo<F> {
    pub(crate) fn new(size: usize, f: F) -> Memo<F> {
        Memo { table: vec![f64::NAN; size], f }
    }

    pub(crate) fn get(&mut self, n: usize) -> f64 {
        match self.table.get_mut(n) {
            Some(x) => {
                if x.is_nan() {
                    *x = (self.f)(n);
                }
                *x
            }
            None => (self.f)(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_the_function_s_inside_the_table_and_past_it() {
        let calls = std::cell::Cell::new(0);
        let mut ln = Memo::new(4, |n| {
            calls.set(calls.get() + 1);
            (n as f64).ln()
        });
        for n in [1, 3, 3, 1, 7, 7] {
            assert_eq!(ln.get(n), (n as f64).ln());
        }
        // 1 and 3 once each, 7 (past the table) both times
        assert_eq!(calls.get(), 4);
    }
}
