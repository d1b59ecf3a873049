//! Example account service (being written).
