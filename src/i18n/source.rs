//! Reads Fluent source text into a flat list of messages: id, variables, comment, line.
//!
//! The catalogue uses `fluent-bundle` to format; this module is for the checks that look at
//! the files themselves (missing ids, variable mismatches, source comments, LIX).

use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::BTreeSet;

/// One message (or term) of a Fluent file, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceMessage {
    pub id: String,
    /// Variables used anywhere in the value or attributes, without the `$`.
    pub variables: BTreeSet<String>,
    /// The comment directly above the message, if any.
    pub comment: Option<String>,
    /// The value with placeables shown as `{ $name }`: the text a reader sees, for LIX.
    pub plain_text: String,
}

/// A syntax error in a Fluent file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line number where the broken entry starts.
    pub line: usize,
    /// The broken text, first line only.
    pub snippet: String,
}

/// Parses a Fluent file. Broken entries are returned as errors; the rest still parses.
pub fn parse(source: &str) -> (Vec<SourceMessage>, Vec<SyntaxError>) {
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _errors)) => resource,
    };
    let mut messages = Vec::new();
    let mut errors = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => messages.push(SourceMessage {
                id: message.id.name.to_string(),
                variables: message_variables(message),
                comment: message.comment.as_ref().map(comment_text),
                plain_text: message.value.as_ref().map(pattern_text).unwrap_or_default(),
            }),
            ast::Entry::Junk { content } => {
                let line = line_of(source, content);
                let snippet = content
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                errors.push(SyntaxError { line, snippet });
            }
            _ => {}
        }
    }
    (messages, errors)
}

fn comment_text(comment: &ast::Comment<&str>) -> String {
    comment.content.join("\n")
}

fn line_of(source: &str, fragment: &str) -> usize {
    let offset = (fragment.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn message_variables(message: &ast::Message<&str>) -> BTreeSet<String> {
    let mut variables = BTreeSet::new();
    if let Some(value) = &message.value {
        collect_pattern(value, &mut variables);
    }
    for attribute in &message.attributes {
        collect_pattern(&attribute.value, &mut variables);
    }
    variables
}

fn collect_pattern(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, into);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, into);
            for variant in variants {
                collect_pattern(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, into),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, into);
            }
            for named in &arguments.named {
                collect_inline(&named.value, into);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, into),
        _ => {}
    }
}

fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    text.push_str(value)
                }
                _ => text.push_str("{ }"),
            },
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_variables_and_comments() {
        let source = "# source: kk.dk | checked: 2026\nhello = Hej { $name }, du har { $count ->\n    [one] én besked\n   *[other] { $count } beskeder\n}\nplain = Tekst\n    over to linjer\n";
        let (messages, errors) = parse(source);
        assert!(errors.is_empty());
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].id, "hello");
        assert_eq!(
            messages[0]
                .variables
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            ["count", "name"]
        );
        assert_eq!(
            messages[0].comment.as_deref(),
            Some("source: kk.dk | checked: 2026")
        );
        assert_eq!(messages[1].plain_text, "Tekst\nover to linjer");
        assert!(messages[1].variables.is_empty());
    }

    #[test]
    fn broken_entries_are_reported_with_their_line_and_the_rest_survives() {
        let source = "good = fine\nbroken = { $unclosed\nalso-good = yes\n";
        let (messages, errors) = parse(source);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 2);
        assert!(errors[0].snippet.starts_with("broken"));
        let ids: Vec<_> = messages.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["good", "also-good"]);
    }
}
