//! The visit in progress: what has been done for the citizen now at the desk.
//!
//! The principles screen ticks checklist items (1a–1f) here, the desk screen records the topics
//! shown and the interpreter; the outreach log reads them when the visit is logged, and "next
//! citizen" resets it.
//! Nothing about who the citizen is lives here.

use crate::content::principles::{ItemId, Principle};
use crate::outreach::codes::Interpreter;
use std::collections::BTreeSet;

/// One thing done during the visit, as a screen reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    TopicShown(&'static str),
    HandoutGiven,
    /// Which interpreter took part (the desk's choice).
    Interpreter(Interpreter),
    Toggle(ItemId),
    Reset,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visit {
    ticked: BTreeSet<ItemId>,
    topics_shown: Vec<&'static str>,
    handout_given: bool,
    interpreter: Option<Interpreter>,
}

impl Visit {
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::TopicShown(topic) => self.record_topic_shown(topic),
            Change::HandoutGiven => self.record_handout(),
            Change::Interpreter(interpreter) => self.interpreter = Some(interpreter),
            Change::Toggle(item) => self.toggle(item),
            Change::Reset => self.reset(),
        }
    }

    /// Ticks an unticked item, unticks a ticked one. Only at-the-desk items (1a–1f) count.
    pub fn toggle(&mut self, item: ItemId) {
        if !item.principle.is_desk_principle() {
            return;
        }
        if !self.ticked.remove(&item) {
            self.ticked.insert(item);
        }
    }

    pub fn is_ticked(&self, item: ItemId) -> bool {
        self.ticked.contains(&item)
    }

    /// The ticked items, in the seed's order.
    pub fn ticked_items(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.ticked.iter().copied()
    }

    /// The visit's "principles served": every principle with at least one ticked item.
    pub fn principles_served(&self) -> Vec<&'static Principle> {
        let mut served: Vec<&'static Principle> =
            self.ticked.iter().map(|item| item.principle).collect();
        served.dedup();
        served
    }

    /// Remembers that a topic (by code) was shown to the citizen.
    pub fn record_topic_shown(&mut self, topic: &'static str) {
        if !self.topics_shown.contains(&topic) {
            self.topics_shown.push(topic);
        }
    }

    /// The topics shown during this visit, in the order they were first shown.
    pub fn topics_shown(&self) -> &[&'static str] {
        &self.topics_shown
    }

    /// Remembers that a handout was saved for the citizen.
    pub fn record_handout(&mut self) {
        self.handout_given = true;
    }

    pub fn handout_given(&self) -> bool {
        self.handout_given
    }

    /// The interpreter chosen on the desk, if any was.
    pub fn interpreter(&self) -> Option<Interpreter> {
        self.interpreter
    }

    pub fn is_empty(&self) -> bool {
        self.ticked.is_empty()
            && self.topics_shown.is_empty()
            && !self.handout_given
            && self.interpreter.is_none()
    }

    /// Ready for the next citizen.
    pub fn reset(&mut self) {
        *self = Visit::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::principles::principle;

    fn item(code: &str) -> ItemId {
        ItemId::parse(code).unwrap()
    }

    #[test]
    fn ticking_serves_principles_in_the_seeds_order() {
        let mut visit = Visit::default();
        visit.toggle(item("1d.2"));
        visit.toggle(item("1a.1"));
        visit.toggle(item("1d.1"));
        let served: Vec<&str> = visit.principles_served().iter().map(|p| p.code).collect();
        assert_eq!(served, ["1a", "1d"]);
        visit.toggle(item("1a.1"));
        assert_eq!(visit.principles_served(), [principle("1d").unwrap()]);
    }

    #[test]
    fn unit_items_are_not_part_of_a_visit() {
        let mut visit = Visit::default();
        visit.toggle(item("2c.1"));
        assert!(visit.is_empty());
    }

    #[test]
    fn topics_are_remembered_once_and_reset_clears_all() {
        let mut visit = Visit::default();
        visit.record_topic_shown("digital");
        visit.record_topic_shown("interpreter");
        visit.record_topic_shown("digital");
        visit.toggle(item("1c.1"));
        visit.apply(Change::Interpreter(Interpreter::Phone));
        assert_eq!(visit.topics_shown(), ["digital", "interpreter"]);
        assert_eq!(visit.interpreter(), Some(Interpreter::Phone));
        visit.reset();
        assert!(visit.is_empty());
    }
}
