//! placeholder until the WAL lands
