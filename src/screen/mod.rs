//! One module per screen. A screen owns its `State` and `Message`, turns messages into an
//! `Action` for the app, renders a view from a [`Context`], and describes its interactive
//! controls for the keyboard model. No screen reaches into another.

pub mod about;
pub mod desk;
pub mod glossary;
pub mod indicators;
pub mod language_card;
pub mod log;
pub mod principles;
pub mod settings;
pub mod training;

use crate::export::SaveError;
use crate::guard::Refusal;
use crate::i18n::{Arg, Catalogue, Locale};
use crate::paths::Paths;
use crate::settings::Settings;
use crate::store::assessment::Assessment;
use crate::store::{OpenError, Store};
use crate::ui::block::Block;
use crate::ui::focus::ControlId;
use crate::ui::{Lang, Ui};
use crate::visit::Visit;
use std::collections::HashMap;
use std::path::PathBuf;

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

    /// Stable code; the Fluent id of its navigation label is `nav-<code>`.
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

    /// Its number for Ctrl+1…9.
    pub fn shortcut_number(self) -> usize {
        ScreenId::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// Where the database stands, for views that show it.
#[derive(Clone, Copy, Debug)]
pub enum StoreState<'a> {
    Open(&'a Store),
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
    pub store: StoreState<'a>,
    /// The citizen language, as far as layout is concerned.
    pub citizen: Lang,
    /// The visit in progress at the desk.
    pub visit: &'a Visit,
    /// The unit's current self-assessment, by item code (empty without a store).
    pub assessments: &'a HashMap<String, Assessment>,
}

impl Context<'_> {
    /// What to show instead of what needs the store while it is not open: a notice while it is
    /// being opened, else the error `unavailable_id` says. `None` when the store is open.
    pub fn store_not_open<'e, M: 'e>(&self, unavailable_id: &str) -> Option<iced::Element<'e, M>> {
        match self.store {
            StoreState::Open(_) => None,
            StoreState::Opening => Some(crate::ui::widget::notice_text(
                &self.ui,
                self.tr("store-opening"),
            )),
            StoreState::Unavailable(_) => {
                Some(crate::ui::widget::error(&self.ui, self.tr(unavailable_id)).into())
            }
        }
    }

    /// A text in the staff language.
    pub fn tr(&self, id: &str) -> String {
        self.i18n.text(self.ui.staff.locale, id)
    }

    /// A text in the staff language, with variables.
    pub fn tr_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.i18n.format(self.ui.staff.locale, id, args)
    }

    /// The language `tr(id)` is actually shown in: the staff language if it has the text,
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
        crate::ui::widget::text_in(self.text_lang(id), self.tr(id), size)
    }

    /// Layout facts of any locale.
    pub fn lang(&self, locale: Locale) -> Lang {
        Lang {
            locale,
            direction: self.i18n.direction(locale),
        }
    }
}

/// How a "save as" ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved(PathBuf),
    /// The user closed the dialog: nothing happens.
    Cancelled,
    Failed(SaveError),
}

/// A save outcome as one sentence in the staff language.
pub fn save_outcome_text(ctx: &Context, outcome: &SaveOutcome) -> String {
    match outcome {
        SaveOutcome::Saved(path) => ctx.tr_with(
            "save-done",
            &[("file", Arg::from(crate::paths::display(path)))],
        ),
        SaveOutcome::Cancelled => String::new(),
        SaveOutcome::Failed(error) => ctx.tr_with(
            "save-failed",
            &[
                (
                    "reason",
                    Arg::from(ctx.tr(&format!("save-error-{}", error.code()))),
                ),
                ("detail", Arg::from(error.detail())),
            ],
        ),
    }
}

/// Why the personal-data guard refused a text, as one sentence in the staff language.
pub fn refusal_text(ctx: &Context, refusal: Refusal) -> String {
    match refusal {
        Refusal::TooLong { max, length } => ctx.tr_with(
            "guard-too-long",
            &[("max", Arg::from(max)), ("length", Arg::from(length))],
        ),
        other => ctx.tr(&format!("guard-{}", other.code())),
    }
}

/// "Machine translation, not yet checked by a translator", in the text's own language and in
/// Danish, above any citizen text in an unreviewed locale.
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
