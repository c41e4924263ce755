//! Golden tests of the flux command line (being written).
