//! Union–find over indices, for the clusterings of every stage.

/// Union–find over clusters, joined at the smaller index (the first seen).
pub(crate) struct Joined(Vec<usize>);

impl Joined {
    /// `n` items, each alone.
    pub(crate) fn new(n: usize) -> Joined {
        Joined((0..n).collect())
    }

    /// The cluster `x` is joined under.
    pub(crate) fn root(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Joins the clusters of `a` and `b`; false when they were joined already.
    pub(crate) fn join(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return false;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.0[gone] = keep;
        true
    }
}
