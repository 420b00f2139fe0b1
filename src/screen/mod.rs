//! One module per screen, and the contract they all keep.
//!
//! A screen owns its state and its `Message`, and implements [`Screen`]: `update` turns a
//! message into an [`Action`] (nothing, a [`Task`] the screen started itself, or a [`Request`]
//! for what only the app may change), and `view` builds its part of the window from a
//! [`Context`] together with the list of its interactive controls (the keyboard model, and
//! later the screen reader's tree). The app embeds every screen the same way; no screen
//! reaches into another, and no screen imports the app.

pub mod about;
mod action;
pub mod desk;
pub mod dialog;
pub mod glossary;
pub mod indicators;
pub mod language_card;
pub mod log;
pub mod principles;
pub mod problem;
pub mod separator;
pub mod settings;
pub mod training;
pub mod translations;

pub use action::{Action, Request};
pub use problem::{Disclosures, SaveOutcome};

use crate::guard::Refusal;
use crate::i18n::msg;
use crate::i18n::{Catalogue, Locale, MessageId, Text};
use crate::paths::Paths;
use crate::settings::Settings;
use crate::store::assessment::Assessment;
use crate::store::{Database, OpenError, StoreInfo};
use crate::ui::block::Block;
use crate::ui::focus::{ControlId, Controls};
use crate::ui::shortcuts::Shortcut;
use crate::ui::{Lang, Ui};
use crate::visit::Visit;
use iced::Element;
use std::collections::HashMap;

/// What every screen does. `Message` is the screen's own; the app wraps it in its own message.
pub trait Screen {
    type Message: Clone + Send + 'static;

    /// Handles one of the screen's messages.
    fn update(&mut self, message: Self::Message, ctx: &Context) -> Action<Self::Message>;

    /// The screen's part of the window, `ctx.width` logical pixels wide, with its controls.
    fn view<'a>(&'a self, ctx: &Context<'a>) -> View<'a, Self::Message>;

    /// The screen is being shown (navigated to, or the log it shows has just opened): load what
    /// it shows.
    fn enter(&mut self, _ctx: &Context) -> Action<Self::Message> {
        Action::None
    }

    /// A key the screen claims before the app acts on it (the presentation's arrows, Ctrl+Enter
    /// on the log form).
    fn key(&self, _shortcut: Shortcut, _ctx: &Context) -> Option<Self::Message> {
        None
    }

    /// Esc: the message that closes what is open inside the screen, the same its back button
    /// sends (so the focus lands in the same place); `None` if nothing is open.
    fn back(&self) -> Option<Self::Message> {
        None
    }

    /// The screen covers the whole window, without the navigation (the presentation).
    fn full_window(&self) -> bool {
        false
    }
}

/// A screen's view: what to draw, and its interactive controls in reading order.
pub struct View<'a, Message> {
    pub content: Element<'a, Message>,
    pub controls: Controls<Message>,
}

impl<'a, Message> View<'a, Message> {
    pub fn new(content: impl Into<Element<'a, Message>>, controls: Controls<Message>) -> Self {
        View {
            content: content.into(),
            controls,
        }
    }
}

/// The screens, in navigation order (Ctrl+1 is the first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScreenId {
    Desk,
    Principles,
    Glossary,
    Log,
    Indicators,
    Training,
    Settings,
    About,
}

impl ScreenId {
    pub const ALL: [ScreenId; 8] = [
        ScreenId::Desk,
        ScreenId::Principles,
        ScreenId::Glossary,
        ScreenId::Log,
        ScreenId::Indicators,
        ScreenId::Training,
        ScreenId::Settings,
        ScreenId::About,
    ];

    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            ScreenId::Desk => "desk",
            ScreenId::Principles => "principles",
            ScreenId::Glossary => "glossary",
            ScreenId::Log => "log",
            ScreenId::Indicators => "indicators",
            ScreenId::Training => "training",
            ScreenId::Settings => "settings",
            ScreenId::About => "about",
        }
    }

    /// The navigation entry's control id.
    pub fn nav_control(self) -> ControlId {
        ControlId::new(match self {
            ScreenId::Desk => "nav-desk",
            ScreenId::Principles => "nav-principles",
            ScreenId::Glossary => "nav-glossary",
            ScreenId::Log => "nav-log",
            ScreenId::Indicators => "nav-indicators",
            ScreenId::Training => "nav-training",
            ScreenId::Settings => "nav-settings",
            ScreenId::About => "nav-about",
        })
    }

    /// Its name in the navigation.
    pub fn label(self) -> MessageId {
        match self {
            ScreenId::Desk => msg!("nav-desk"),
            ScreenId::Principles => msg!("nav-principles"),
            ScreenId::Glossary => msg!("nav-glossary"),
            ScreenId::Log => msg!("nav-log"),
            ScreenId::Indicators => msg!("nav-indicators"),
            ScreenId::Training => msg!("nav-training"),
            ScreenId::Settings => msg!("nav-settings"),
            ScreenId::About => msg!("nav-about"),
        }
    }

    /// Its number for Ctrl+1…9.
    pub fn shortcut_number(self) -> usize {
        ScreenId::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// Puts a view into a larger one: its controls join `controls` and its messages are wrapped,
/// the same way for every screen and every part of a screen.
pub fn embed<'a, Inner: 'static, Outer: 'static>(
    view: View<'a, Inner>,
    controls: &mut Controls<Outer>,
    wrap: fn(Inner) -> Outer,
) -> Element<'a, Outer> {
    controls.extend_mapped(view.controls, wrap);
    view.content.map(wrap)
}

/// Builds a part of a view with its own messages and controls (`build` registers them), and
/// embeds it.
pub fn part<'a, Inner: 'static, Outer: 'static>(
    controls: &mut Controls<Outer>,
    wrap: fn(Inner) -> Outer,
    build: impl FnOnce(&mut Controls<Inner>) -> Element<'a, Inner>,
) -> Element<'a, Outer> {
    let mut own = Controls::new();
    let content = build(&mut own);
    embed(View::new(content, own), controls, wrap)
}

/// Where the database stands, for views that show it and screens that start work on it.
#[derive(Clone, Copy, Debug)]
pub enum StoreState<'a> {
    Open(&'a Database, &'a StoreInfo),
    /// Being opened beside the window; open in a moment.
    Opening,
    Unavailable(&'a OpenError),
}

/// Everything a screen may read while building its view or handling a message.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub ui: Ui<'a>,
    pub i18n: &'a Catalogue,
    pub settings: &'a Settings,
    pub paths: &'a Paths,
    /// The machine-wide policy: which settings are locked, and by whom.
    pub policy: &'a crate::policy::Policy,
    pub store: StoreState<'a>,
    /// The citizen language, as far as layout is concerned.
    pub citizen: Lang,
    /// The visit in progress at the desk.
    pub visit: &'a Visit,
    /// The unit's current self-assessment, by item code (empty without a store).
    pub assessments: &'a HashMap<String, Assessment>,
    /// New log entries are marked as training.
    pub training_mode: bool,
    /// The logical width the screen is laid out in.
    pub width: f32,
}

impl<'a> Context<'a> {
    /// What to show instead of what needs the store while it is not open: a notice while it is
    /// being opened, else the error `unavailable_id` says. `None` when the store is open.
    pub fn store_not_open<'e, M: 'e>(
        &self,
        unavailable_id: MessageId,
    ) -> Option<iced::Element<'e, M>> {
        match self.store {
            StoreState::Open(..) => None,
            StoreState::Opening => Some(crate::ui::widget::notice_text(
                &self.ui,
                self.tr(msg!("store-opening")),
            )),
            StoreState::Unavailable(_) => {
                Some(crate::ui::widget::error(&self.ui, self.tr(unavailable_id)).into())
            }
        }
    }

    /// The log's thread, when the log is open.
    pub fn database(&self) -> Option<&'a Database> {
        match self.store {
            StoreState::Open(database, _) => Some(database),
            _ => None,
        }
    }

    /// The staff language's words, for sentences built outside a view.
    pub fn words(&self) -> problem::Words<'a> {
        problem::Words {
            i18n: self.i18n,
            locale: self.ui.staff.locale,
        }
    }

    /// A message named in code (`msg!`), in the staff language.
    pub fn tr(&self, text: impl Into<Text>) -> String {
        self.i18n.render(self.ui.staff.locale, text)
    }

    /// The text of an id made at run time from content or a code, in the staff language.
    pub fn text_of(&self, id: &str) -> String {
        self.i18n.text(self.ui.staff.locale, id)
    }

    /// The language `text_of(id)` is actually shown in: the staff language if it has the text,
    /// else the fallback (Danish, then English). Content that exists only in Danish and English
    /// (principles, training) is then laid out left to right in an Arabic interface too.
    pub fn text_lang(&self, id: &str) -> Lang {
        let shown = [self.ui.staff.locale, Locale::Da, Locale::En]
            .into_iter()
            .find(|locale| self.i18n.has(*locale, id))
            .unwrap_or(self.ui.staff.locale);
        self.lang(shown)
    }

    /// The text `id` as a block laid out in the language it is shown in (see `text_lang`).
    pub fn text_block(&self, id: &str, size: f32) -> Block<'static> {
        crate::ui::widget::text_in(self.text_lang(id), self.text_of(id), size)
    }

    /// Layout facts of any locale.
    pub fn lang(&self, locale: Locale) -> Lang {
        Lang {
            locale,
            direction: self.i18n.direction(locale),
        }
    }
}

/// Why the personal-data guard refused a text, as one sentence in the staff language.
pub fn refusal_text(ctx: &Context, refusal: Refusal) -> String {
    problem::refusal_words(&ctx.words(), refusal)
}

/// "Machine translation, not yet checked by a translator", in the text's own language and in
/// Danish, above any citizen text in an unreviewed locale.
/// "A translator checked this text on DATE", in the citizen's language and in Danish, on a
/// section a translator has reviewed. Plain text, not a warning: nothing needs doing.
pub fn reviewed_notice<'a, Message: 'a>(
    ctx: &Context<'a>,
    lang: Lang,
    day: &str,
) -> iced::Element<'a, Message> {
    use crate::content::topics::REVIEWED_NOTICE;
    use crate::i18n::Arg;
    use crate::ui::{size, widget};
    let line = |locale: Locale| {
        ctx.i18n
            .format(locale, REVIEWED_NOTICE, &[("date", Arg::from(day))])
    };
    let mut lines = iced::widget::Column::new().spacing(2).push(widget::text_in(
        lang,
        line(lang.locale),
        size::SMALL,
    ));
    if lang.locale != Locale::Da {
        lines = lines.push(widget::text_in(
            ctx.lang(Locale::Da),
            line(Locale::Da),
            size::SMALL,
        ));
    }
    lines.into()
}

pub fn unreviewed_notice<'a, Message: 'a>(
    ctx: &Context<'a>,
    lang: Lang,
) -> iced::Element<'a, Message> {
    use crate::content::topics::UNREVIEWED_NOTICE;
    use crate::ui::{size, style::containers, widget};
    let own = widget::text_in(
        lang,
        ctx.i18n.text(lang.locale, UNREVIEWED_NOTICE),
        size::SMALL,
    );
    let mut notice = iced::widget::Column::new().spacing(2).push(own);
    if lang.locale != Locale::Da {
        let danish = ctx.lang(Locale::Da);
        notice = notice.push(widget::text_in(
            danish,
            ctx.i18n.text(Locale::Da, UNREVIEWED_NOTICE),
            size::SMALL,
        ));
    }
    iced::widget::container(notice)
        .padding([6, 10])
        .width(iced::Fill)
        .style(containers::notice(ctx.ui.palette))
        .into()
}
