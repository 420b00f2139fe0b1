//! Fluent messages as a translator sees them, and back: a message is one or more slots (its
//! value, its attributes); a slot is plain text with codes in it, or a selector with one text
//! per variant. Codes are the Fluent placeables (`{ $date }`, `{ -term }`, `{ "\u2066" }`),
//! kept as their Fluent source so that a translation tool can carry them as inline codes.
//!
//! [`to_fluent`] writes a message back as Fluent source, escaping what Fluent would otherwise
//! read as syntax at a line's start (`[`, `*`, `.`, leading spaces). Braces in text are left
//! alone: in a translator's text they are Fluent syntax, and the import parses the result.

use fluent_syntax::ast;
use fluent_syntax::parser;

/// A piece of a text: words, or a code (a placeable, as Fluent source).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Code(String),
}

/// A text with codes in it.
pub type Pieces = Vec<Piece>;

/// One variant of a selector: its key (`one`, `other`, `0`) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub key: String,
    /// The default variant (`*[other]`).
    pub default: bool,
    pub pieces: Pieces,
}

/// What a slot holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Text with codes.
    Plain(Pieces),
    /// A selector (`$count`, as Fluent source) and its variants: the whole value is one
    /// select expression, as every selector in Skranke's files is.
    Select {
        selector: String,
        variants: Vec<Variant>,
    },
}

impl Body {
    /// The default variant's text, or the plain text.
    pub fn default_pieces(&self) -> &Pieces {
        match self {
            Body::Plain(pieces) => pieces,
            Body::Select { variants, .. } => variants
                .iter()
                .find(|v| v.default)
                .or(variants.last())
                .map(|v| &v.pieces)
                .expect("a select expression has variants"),
        }
    }

    /// Every code used anywhere in the body.
    pub fn codes(&self) -> Vec<&str> {
        let all: Vec<&Pieces> = match self {
            Body::Plain(pieces) => vec![pieces],
            Body::Select { variants, .. } => variants.iter().map(|v| &v.pieces).collect(),
        };
        all.into_iter().flat_map(codes).collect()
    }
}

/// The value (`attribute: None`) or one attribute of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub attribute: Option<String>,
    pub body: Body,
}

/// A message as slots: its value first, then its attributes in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shape {
    pub id: String,
    pub slots: Vec<Slot>,
}

impl Shape {
    pub fn slot(&self, attribute: Option<&str>) -> Option<&Slot> {
        self.slots
            .iter()
            .find(|slot| slot.attribute.as_deref() == attribute)
    }
}

/// The codes of a text, in order.
pub fn codes(pieces: &Pieces) -> impl Iterator<Item = &str> {
    pieces.iter().filter_map(|piece| match piece {
        Piece::Code(code) => Some(code.as_str()),
        Piece::Text(_) => None,
    })
}

/// The text with its codes written out, as a translation tool that does not know codes shows it.
pub fn plain(pieces: &Pieces) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) | Piece::Code(text) => text.as_str(),
        })
        .collect()
}

/// The messages of a Fluent file, in order. Terms and broken entries are left out.
pub fn shapes(source: &str) -> Vec<Shape> {
    let resource = parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(shape_of(message)),
            _ => None,
        })
        .collect()
}

fn shape_of(message: &ast::Message<&str>) -> Shape {
    let value = message.value.as_ref().map(|pattern| Slot {
        attribute: None,
        body: body(pattern),
    });
    let attributes = message.attributes.iter().map(|attribute| Slot {
        attribute: Some(attribute.id.name.to_string()),
        body: body(&attribute.value),
    });
    Shape {
        id: message.id.name.to_string(),
        slots: value.into_iter().chain(attributes).collect(),
    }
}

fn body(pattern: &ast::Pattern<&str>) -> Body {
    if let [
        ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        },
    ] = pattern.elements.as_slice()
    {
        return Body::Select {
            selector: inline_source(selector),
            variants: variants
                .iter()
                .map(|variant| Variant {
                    key: match &variant.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    },
                    default: variant.default,
                    pieces: pieces(&variant.value),
                })
                .collect(),
        };
    }
    Body::Plain(pieces(pattern))
}

fn pieces(pattern: &ast::Pattern<&str>) -> Pieces {
    let mut pieces = Pieces::new();
    let push_text = |pieces: &mut Pieces, text: &str| match pieces.last_mut() {
        Some(Piece::Text(last)) => last.push_str(text),
        _ => pieces.push(Piece::Text(text.to_string())),
    };
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut pieces, value),
            ast::PatternElement::Placeable { expression } => match escaped_syntax(expression) {
                Some(text) => push_text(&mut pieces, text),
                None => pieces.push(Piece::Code(expression_source(expression))),
            },
        }
    }
    pieces
}

/// A string literal that only stands for what Fluent would read as syntax at the start of a
/// line (`{"["}`, `{"  "}`): that is text, not a code. (A literal brace, `{"{"}`, stays a code:
/// braces in a translator's text are Fluent syntax, see [`to_fluent`].)
fn escaped_syntax<'a>(expression: &ast::Expression<&'a str>) -> Option<&'a str> {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value })
            if !value.is_empty()
                && (value.chars().all(|c| c == ' ') || matches!(*value, "[" | "*" | ".")) =>
        {
            Some(value)
        }
        _ => None,
    }
}

/// A placeable as Fluent source, `{ $date }`.
fn expression_source(expression: &ast::Expression<&str>) -> String {
    match expression {
        ast::Expression::Inline(inline) => format!("{{ {} }}", inline_source(inline)),
        ast::Expression::Select { selector, variants } => select_source(
            &inline_source(selector),
            &variants
                .iter()
                .map(|variant| Variant {
                    key: match &variant.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    },
                    default: variant.default,
                    pieces: pieces(&variant.value),
                })
                .collect::<Vec<_>>(),
        ),
    }
}

fn inline_source(inline: &ast::InlineExpression<&str>) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        ast::InlineExpression::NumberLiteral { value } => value.to_string(),
        ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            format!("{}{}", id.name, arguments_source(arguments))
        }
        ast::InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(attribute) => format!("{}.{}", id.name, attribute.name),
            None => id.name.to_string(),
        },
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let mut source = format!("-{}", id.name);
            if let Some(attribute) = attribute {
                source.push('.');
                source.push_str(attribute.name);
            }
            if let Some(arguments) = arguments {
                source.push_str(&arguments_source(arguments));
            }
            source
        }
        ast::InlineExpression::Placeable { expression } => expression_source(expression),
    }
}

fn arguments_source(arguments: &ast::CallArguments<&str>) -> String {
    let positional = arguments.positional.iter().map(inline_source);
    let named = arguments
        .named
        .iter()
        .map(|named| format!("{}: {}", named.name.name, inline_source(&named.value)));
    format!(
        "({})",
        positional.chain(named).collect::<Vec<_>>().join(", ")
    )
}

/// A select expression as Fluent source, over several lines:
/// `{ $count ->` / `    [one] …` / `   *[other] …` / `}`.
fn select_source(selector: &str, variants: &[Variant]) -> String {
    let mut source = format!("{{ {selector} ->\n");
    for variant in variants {
        source.push_str(if variant.default { "   *[" } else { "    [" });
        source.push_str(&variant.key);
        source.push(']');
        let value = pattern_source(&variant.pieces);
        if value.contains('\n') {
            for line in value.split('\n') {
                source.push('\n');
                if !line.is_empty() {
                    source.push_str("        ");
                    source.push_str(line);
                }
            }
        } else {
            source.push(' ');
            source.push_str(&value);
        }
        source.push('\n');
    }
    source.push('}');
    source
}

/// The Fluent source of a code if `text` is exactly one placeable (`{ $date }`), written the
/// way [`shapes`] writes codes; else `None`.
pub fn parse_code(text: &str) -> Option<String> {
    let source = format!("x = {}\n", text.trim());
    let resource = parser::parse(source.as_str()).ok()?;
    let [ast::Entry::Message(message)] = resource.body.as_slice() else {
        return None;
    };
    let value = message.value.as_ref()?;
    match value.elements.as_slice() {
        [ast::PatternElement::Placeable { expression }] if message.attributes.is_empty() => {
            Some(expression_source(expression))
        }
        _ => None,
    }
}

/// True if the code is a literal (`{ "\u2066" }`, `{ 5 }`): a translation may add or drop it.
pub fn is_literal(code: &str) -> bool {
    let inner = code
        .strip_prefix('{')
        .and_then(|c| c.strip_suffix('}'))
        .map(str::trim)
        .unwrap_or(code);
    // `-term` is a reference, `-5` a number.
    let number = inner.strip_prefix('-').unwrap_or(inner);
    inner.starts_with('"') || number.starts_with(|c: char| c.is_ascii_digit())
}

/// The text as Fluent pattern source: what Fluent reads as syntax at a line's start (`[`,
/// `*`, `.`, spaces) escaped, codes as they are, and braces left as they are: a brace in a
/// translator's text is Fluent syntax (a placeable typed by hand), which the import then reads,
/// or refuses as a syntax error. Lines are separated by `\n`, without indentation.
fn pattern_source(pieces: &Pieces) -> String {
    let mut source = String::new();
    let mut line_start = true;
    for piece in pieces {
        match piece {
            Piece::Code(code) => {
                source.push_str(code);
                line_start = false;
            }
            Piece::Text(text) => {
                for (n, line) in text.split('\n').enumerate() {
                    if n > 0 {
                        source.push('\n');
                        line_start = true;
                    }
                    let mut rest = line;
                    if line_start && !rest.is_empty() {
                        let spaces = rest.len() - rest.trim_start_matches(' ').len();
                        if spaces > 0 {
                            source.push_str(&format!("{{\"{}\"}}", &rest[..spaces]));
                            rest = &rest[spaces..];
                        }
                        if let Some(first @ ('[' | '*' | '.')) = rest.chars().next() {
                            source.push_str(&format!("{{\"{first}\"}}"));
                            rest = &rest[1..];
                        }
                    }
                    source.extend(rest.chars().filter(|c| *c != '\r'));
                    if !line.is_empty() {
                        line_start = false;
                    }
                }
            }
        }
    }
    source
}

/// One message as Fluent source, ending with a line break: `id = text`, a block of lines, or
/// a select expression, then its attributes.
pub fn to_fluent(shape: &Shape) -> String {
    let mut out = format!("{} =", shape.id);
    for slot in &shape.slots {
        let indent = match &slot.attribute {
            None => "",
            Some(attribute) => {
                out.push_str(&format!("\n    .{attribute} ="));
                "    "
            }
        };
        match &slot.body {
            Body::Select { selector, variants } => {
                let source = select_source(selector, variants);
                for (n, line) in source.split('\n').enumerate() {
                    if n == 0 {
                        out.push(' ');
                    } else {
                        out.push('\n');
                        out.push_str(indent);
                    }
                    out.push_str(line);
                }
            }
            Body::Plain(pieces) => {
                let source = pattern_source(pieces);
                if source.contains('\n') {
                    for line in source.split('\n') {
                        out.push('\n');
                        if !line.is_empty() {
                            out.push_str(indent);
                            out.push_str("    ");
                            out.push_str(line);
                        }
                    }
                } else {
                    out.push(' ');
                    out.push_str(&source);
                }
            }
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Piece {
        Piece::Text(t.into())
    }

    fn code(c: &str) -> Piece {
        Piece::Code(c.into())
    }

    #[test]
    fn placeables_become_codes_and_lines_stay() {
        let shapes = shapes(
            "a = Hej { $name }, { -brand }!\nb =\n    Linje et\n    - punkt\nc = {\"\\u2066\"}80 30{\"\\u2069\"}\n",
        );
        assert_eq!(
            shapes[0].slots[0].body,
            Body::Plain(vec![
                text("Hej "),
                code("{ $name }"),
                text(", "),
                code("{ -brand }"),
                text("!")
            ])
        );
        assert_eq!(
            shapes[1].slots[0].body,
            Body::Plain(vec![text("Linje et\n- punkt")])
        );
        assert_eq!(
            shapes[2].slots[0].body,
            Body::Plain(vec![
                code("{ \"\\u2066\" }"),
                text("80 30"),
                code("{ \"\\u2069\" }")
            ])
        );
    }

    #[test]
    fn selects_and_attributes_are_slots() {
        let source = "n = { $count ->\n    [one] 1 sag\n   *[other] { $count } sager\n}\nm = Tekst\n    .title = Titel\n";
        let shapes = shapes(source);
        assert_eq!(
            shapes[0].slots[0].body,
            Body::Select {
                selector: "$count".into(),
                variants: vec![
                    Variant {
                        key: "one".into(),
                        default: false,
                        pieces: vec![text("1 sag")]
                    },
                    Variant {
                        key: "other".into(),
                        default: true,
                        pieces: vec![code("{ $count }"), text(" sager")]
                    },
                ]
            }
        );
        assert_eq!(shapes[1].slots.len(), 2);
        assert_eq!(shapes[1].slots[1].attribute.as_deref(), Some("title"));
        // Written back, they read the same.
        let written: String = shapes.iter().map(to_fluent).collect();
        assert_eq!(written, source);
    }

    fn plain(id: &str, pieces: Pieces) -> Shape {
        Shape {
            id: id.into(),
            slots: vec![Slot {
                attribute: None,
                body: Body::Plain(pieces),
            }],
        }
    }

    #[test]
    fn line_starts_are_escaped_and_read_back_as_the_same_text() {
        let tricky = plain(
            "x",
            vec![
                text("  [a] b\n*stjerne\n.punkt og "),
                code("{ $n }"),
                text(" [c]"),
            ],
        );
        let source = to_fluent(&tricky);
        let (_, errors) = crate::i18n::source::parse(&source);
        assert!(errors.is_empty(), "{source}");
        assert_eq!(shapes(&source), vec![tricky], "{source}");
    }

    #[test]
    fn braces_in_text_are_fluent_syntax() {
        let typed = to_fluent(&plain("x", vec![text("Dato: { $date }.")]));
        assert_eq!(
            shapes(&typed)[0].slots[0].body,
            Body::Plain(vec![text("Dato: "), code("{ $date }"), text(".")])
        );
        let broken = to_fluent(&plain("x", vec![text("Dato: { $date.")]));
        assert!(
            !crate::i18n::source::parse(&broken).1.is_empty(),
            "{broken}"
        );
    }

    #[test]
    fn codes_parse_only_when_they_are_one_placeable() {
        assert_eq!(parse_code("{$date}").as_deref(), Some("{ $date }"));
        assert_eq!(parse_code(" { -brand } ").as_deref(), Some("{ -brand }"));
        assert_eq!(
            parse_code("{ NUMBER($n, style: \"percent\") }").as_deref(),
            Some("{ NUMBER($n, style: \"percent\") }")
        );
        assert_eq!(parse_code("{ $date"), None);
        assert_eq!(parse_code("$date"), None);
        assert_eq!(parse_code("{ $a } { $b }"), None);
        assert!(is_literal("{ \"\\u2066\" }"));
        assert!(is_literal("{ 5 }"));
        assert!(is_literal("{ -5 }"));
        assert!(!is_literal("{ -brand }"));
        assert!(!is_literal("{ $count }"));
    }
}
