//! Every screen's state, and the one way the app reaches any of them: as an [`Embedded`]
//! screen whose messages are already the app's.

use super::Message;
use crate::screen::{
    self, Action, Context, Screen, ScreenId, about, desk, glossary, indicators, language_card, log,
    principles, settings, training,
};
use crate::ui::focus::Controls;
use crate::ui::shortcuts::Shortcut;
use iced::Element;

pub struct Screens {
    pub desk: desk::State,
    pub principles: principles::State,
    pub glossary: glossary::State,
    pub log: log::State,
    pub indicators: indicators::State,
    pub training: training::State,
    pub settings: settings::State,
    pub about: about::State,
    /// The point-to-your-language card, over the whole window while it is open.
    pub card: language_card::Card,
}

/// A screen as the app sees it: its messages wrapped into the app's.
pub trait Embedded {
    fn enter(&mut self, ctx: &Context) -> Action<Message>;
    fn key(&self, shortcut: Shortcut, ctx: &Context) -> Option<Message>;
    fn back(&self) -> Option<Message>;
    fn full_window(&self) -> bool;
    /// The view; its controls join `controls`.
    fn embed<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
    ) -> Element<'a, Message>;
}

/// A screen whose messages the app carries in one of its own variants.
pub trait Routed: Screen + 'static {
    fn wrap(message: Self::Message) -> Message;
}

impl<S: Routed> Embedded for S {
    fn enter(&mut self, ctx: &Context) -> Action<Message> {
        Screen::enter(self, ctx).map(S::wrap)
    }

    fn key(&self, shortcut: Shortcut, ctx: &Context) -> Option<Message> {
        Screen::key(self, shortcut, ctx).map(S::wrap)
    }

    fn back(&self) -> Option<Message> {
        Screen::back(self).map(S::wrap)
    }

    fn full_window(&self) -> bool {
        Screen::full_window(self)
    }

    fn embed<'a>(
        &'a self,
        ctx: &Context<'a>,
        controls: &mut Controls<Message>,
    ) -> Element<'a, Message> {
        screen::embed(self.view(ctx), controls, S::wrap)
    }
}

macro_rules! routed {
    ($($state:ty => $variant:ident),* $(,)?) => {
        $(impl Routed for $state {
            fn wrap(message: Self::Message) -> Message {
                Message::$variant(message)
            }
        })*
    };
}

routed! {
    desk::State => Desk,
    principles::State => Principles,
    glossary::State => Glossary,
    log::State => Log,
    indicators::State => Indicators,
    training::State => Training,
    settings::State => Settings,
    about::State => About,
    language_card::Card => Card,
}

impl Screens {
    pub fn get(&self, id: ScreenId) -> &dyn Embedded {
        match id {
            ScreenId::Desk => &self.desk,
            ScreenId::Principles => &self.principles,
            ScreenId::Glossary => &self.glossary,
            ScreenId::Log => &self.log,
            ScreenId::Indicators => &self.indicators,
            ScreenId::Training => &self.training,
            ScreenId::Settings => &self.settings,
            ScreenId::About => &self.about,
        }
    }

    pub fn get_mut(&mut self, id: ScreenId) -> &mut dyn Embedded {
        match id {
            ScreenId::Desk => &mut self.desk,
            ScreenId::Principles => &mut self.principles,
            ScreenId::Glossary => &mut self.glossary,
            ScreenId::Log => &mut self.log,
            ScreenId::Indicators => &mut self.indicators,
            ScreenId::Training => &mut self.training,
            ScreenId::Settings => &mut self.settings,
            ScreenId::About => &mut self.about,
        }
    }
}
