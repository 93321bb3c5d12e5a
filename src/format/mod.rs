//! The guide's page format as a vocabulary: the headings and their other
//! wordings, the breadcrumb's fixed lines, and what a line can be (a
//! heading, a near miss of one, a tag line).
//!
//! It is the lowest concept of the crate after the vocabularies: the
//! model's invariant (an entry's texts must read back as the same page),
//! the page reader, the page writer and the page errors all stand on it,
//! and none of them owns it. The format itself is described, with
//! examples, in the [`page`](crate::page) module.

pub(crate) mod headings;
pub(crate) mod lines;
