//! The quiz: multiple choice, an explanation after each answer, the score at the end. Only the
//! group's score is kept (in the session record), never who answered what.

use super::{Message, QuizState};
use crate::content::training::{QUIZ, explanation_id, option_id, question_id};
use crate::i18n::msg;
use crate::screen::Context;
use crate::ui::focus::{self, ControlId, Controls};
use crate::ui::semantics::Meaning;
use crate::ui::style::texts;
use crate::ui::widget::{self, Kind};
use crate::ui::{fonts, size};
use iced::widget::Column;
use iced::{Element, Fill};

const ANSWER: ControlId = ControlId::new("quiz-answer");
const NEXT: ControlId = ControlId::new("quiz-next");
const RESTART: ControlId = ControlId::new("quiz-restart");

pub fn option_control(option: u8) -> ControlId {
    ControlId::dynamic(format!(
        "quiz-option-{}",
        crate::content::training::LETTERS[usize::from(option)]
    ))
}

pub fn view<'a>(
    quiz: &'a QuizState,
    ctx: &Context<'a>,
    controls: &mut Controls<Message>,
) -> Element<'a, Message> {
    let ui = &ctx.ui;
    let mut page = Column::new().spacing(size::GAP * 1.25).width(Fill);
    if quiz.finished() {
        page = page.push(widget::heading(ui, ctx.tr(msg!("quiz-done")), 2));
        page = page.push(
            widget::text_in(
                ui.staff,
                ctx.tr(msg!("quiz-score", right = quiz.right, total = QUIZ.len())),
                size::H2,
            )
            .font(fonts::bold(fonts::for_locale(ui.staff.locale)))
            .meaning(Meaning::Heading(2)),
        );
        page = page.push(widget::muted(ui, ctx.tr(msg!("quiz-score-hint"))));
        page = page.push(widget::button(
            ui,
            controls,
            &RESTART,
            ctx.tr(msg!("quiz-restart")),
            Some(Message::Restart),
            Kind::Secondary,
        ));
        return page.into();
    }
    let number = quiz.current + 1;
    let question = &QUIZ[quiz.current];
    page = page.push(widget::muted(
        ui,
        ctx.tr(msg!("quiz-counter", question = number, total = QUIZ.len())),
    ));
    let question_lang = ctx.text_lang(&question_id(number));
    page = page.push(
        widget::text_in(question_lang, ctx.text_of(&question_id(number)), size::H2)
            .font(fonts::bold(fonts::for_locale(question_lang.locale)))
            .meaning(Meaning::Heading(2)),
    );
    controls.begin_group(focus::Group::new(
        format!("quiz-{number}"),
        ctx.text_of(&question_id(number)),
    ));
    for option in 0..question.options {
        let letter = crate::content::training::LETTERS[usize::from(option)].to_uppercase();
        let mut label = format!("{letter}. {}", ctx.text_of(&option_id(number, option)));
        if quiz.answered && option == question.correct {
            label = ctx.tr(msg!("quiz-right-option", option = label));
        }
        let chosen = quiz.chosen == Some(option);
        let caption = widget::option_caption(ui.staff, label.clone(), chosen).size(size::H3);
        page = page.push(widget::option(
            ui,
            controls,
            &option_control(option),
            label,
            caption,
            chosen,
            Message::Choose(option),
        ));
    }
    controls.end_group();
    if quiz.nothing_chosen {
        let options: Vec<ControlId> = (0..question.options).map(option_control).collect();
        let options: Vec<&ControlId> = options.iter().collect();
        page = page.push(widget::field_error(
            ui,
            controls,
            &options,
            ctx.tr(msg!("quiz-choose-first")),
        ));
    }
    if quiz.answered {
        let right = quiz.chosen == Some(question.correct);
        let verdict = ctx.tr(if right {
            msg!("quiz-right")
        } else {
            msg!("quiz-wrong")
        });
        let verdict = widget::text_in(ui.staff, verdict, size::H2)
            .font(fonts::bold(fonts::for_locale(ui.staff.locale)));
        page = page.push(if right {
            verdict.style(texts::success(ui.palette))
        } else {
            verdict.style(texts::error(ui.palette))
        });
        page = page.push(ctx.text_block(&explanation_id(number), size::H3));
        let label = ctx.tr(if number == QUIZ.len() {
            msg!("quiz-finish")
        } else {
            msg!("quiz-next")
        });
        page = page.push(widget::button(
            ui,
            controls,
            &NEXT,
            label,
            Some(Message::NextQuestion),
            Kind::Primary,
        ));
    } else {
        page = page.push(widget::button(
            ui,
            controls,
            &ANSWER,
            ctx.tr(msg!("quiz-answer")),
            // Always active: with nothing chosen it says so, instead of doing nothing.
            Some(Message::Answer),
            Kind::Primary,
        ));
    }
    page.into()
}
