//! Reads XLIFF 1.2 text into a [`Document`]. Only the document's shape is checked here
//! (well-formed XML, an `<xliff version="1.2">` root); whether its files, ids and texts are
//! Skranke's is `l10n::verify`'s job, unit by unit.
//!
//! Translation tools add things: `<group>`s around units, `<mrk>` segments inside a target,
//! `<seg-source>`, `<alt-trans>`, their own namespaces. Units are found at any depth of a
//! `<body>`; a `<mrk>`'s content counts as the target's; everything else is passed over.

use super::super::xml::{self, Element, Malformed, Node};
use super::{Document, FileSection, Inline, Phase, Target, Unit};

/// Why a text is not an XLIFF 1.2 document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotXliff {
    Malformed(Malformed),
    /// Well-formed XML, but its root is not `<xliff>`, or not version 1.2.
    OtherFormat {
        root: String,
        version: Option<String>,
    },
}

/// Reads a document.
pub fn read(text: &str) -> Result<Document, NotXliff> {
    let root = xml::parse(text).map_err(NotXliff::Malformed)?;
    let version = root.attribute("version");
    if root.name != "xliff" || version != Some("1.2") {
        return Err(NotXliff::OtherFormat {
            root: root.name.clone(),
            version: version.map(str::to_string),
        });
    }
    Ok(Document {
        files: root.elements("file").map(file).collect(),
    })
}

fn file(element: &Element) -> FileSection {
    let header = element.element("header");
    let phases = header
        .into_iter()
        .flat_map(|h| h.elements("phase-group"))
        .flat_map(|group| group.elements("phase"))
        .map(|phase| Phase {
            name: phase
                .attribute("phase-name")
                .unwrap_or_default()
                .to_string(),
            process: phase
                .attribute("process-name")
                .unwrap_or_default()
                .to_string(),
            contact: phase.attribute("contact-name").map(str::to_string),
            date: phase.attribute("date").map(str::to_string),
        })
        .collect();
    let notes = header
        .into_iter()
        .flat_map(|h| h.elements("note"))
        .map(Element::text)
        .collect();
    let mut units = Vec::new();
    for body in element.elements("body") {
        collect_units(body, &mut units);
    }
    FileSection {
        original: element
            .attribute("original")
            .unwrap_or_default()
            .to_string(),
        source_language: element.attribute("source-language").map(str::to_string),
        target_language: element.attribute("target-language").map(str::to_string),
        phases,
        notes,
        units,
        line: element.line,
    }
}

fn collect_units(element: &Element, units: &mut Vec<Unit>) {
    for node in &element.children {
        if let Node::Element(child) = node {
            match child.name.as_str() {
                "trans-unit" => units.push(unit(child)),
                "group" => collect_units(child, units),
                _ => {}
            }
        }
    }
}

fn unit(element: &Element) -> Unit {
    let target = element.element("target").map(|target| Target {
        lang: target.attribute("xml:lang").map(str::to_string),
        state: target.attribute("state").map(str::to_string),
        state_qualifier: target.attribute("state-qualifier").map(str::to_string),
        phase: target.attribute("phase-name").map(str::to_string),
        content: content(target),
    });
    Unit {
        id: element.attribute("id").map(str::to_string),
        resname: element.attribute("resname").map(str::to_string),
        approved: element.attribute("approved") == Some("yes"),
        max_chars: element
            .attribute("maxwidth")
            .and_then(|max| max.parse().ok()),
        source: element.element("source").map(content).unwrap_or_default(),
        target,
        notes: element.elements("note").map(Element::text).collect(),
        line: element.line,
    }
}

fn content(element: &Element) -> Vec<Inline> {
    let mut inlines = Vec::new();
    for node in &element.children {
        match node {
            Node::Text(text) => match inlines.last_mut() {
                Some(Inline::Text(last)) => last.push_str(text),
                _ => inlines.push(Inline::Text(text.clone())),
            },
            Node::Element(child) if child.name == "ph" => inlines.push(Inline::Ph {
                id: child.attribute("id").unwrap_or_default().to_string(),
                code: child.text(),
            }),
            Node::Element(child) if child.name == "mrk" => {
                for inline in content(child) {
                    match (inlines.last_mut(), inline) {
                        (Some(Inline::Text(last)), Inline::Text(text)) => last.push_str(&text),
                        (_, inline) => inlines.push(inline),
                    }
                }
            }
            Node::Element(child) => inlines.push(Inline::Other(child.name.clone())),
        }
    }
    inlines
}

#[cfg(test)]
mod tests {
    use super::super::write::write;
    use super::*;

    fn sample() -> Document {
        Document {
            files: vec![FileSection {
                original: "citizen.ftl".into(),
                source_language: Some("da".into()),
                target_language: Some("ar".into()),
                phases: vec![Phase {
                    name: "review-1".into(),
                    process: "review".into(),
                    contact: Some("Amira & Co".into()),
                    date: Some("2026-12-02T00:00:00Z".into()),
                }],
                notes: vec!["Keep <codes>".into()],
                units: vec![Unit {
                    id: Some("handout-footer".into()),
                    resname: Some("handout-footer".into()),
                    approved: true,
                    max_chars: Some(40),
                    source: vec![
                        Inline::Text("Udleveret\n  i Borgerservice, ".into()),
                        Inline::Ph {
                            id: "1".into(),
                            code: "{ $date }".into(),
                        },
                        Inline::Text(".".into()),
                    ],
                    target: Some(Target {
                        lang: Some("ar".into()),
                        state: Some("signed-off".into()),
                        state_qualifier: None,
                        phase: Some("review-1".into()),
                        content: vec![Inline::Text("<&>".into())],
                    }),
                    notes: vec!["id: handout-footer".into()],
                    line: 0,
                }],
                line: 0,
            }],
        }
    }

    fn without_lines(mut document: Document) -> Document {
        for file in &mut document.files {
            file.line = 0;
            for unit in &mut file.units {
                unit.line = 0;
            }
        }
        document
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let document = sample();
        let text = write(&document);
        assert_eq!(without_lines(read(&text).unwrap()), document);
        assert_eq!(write(&read(&text).unwrap()), text);
    }

    #[test]
    fn groups_and_segments_of_other_tools_are_read_through() {
        let text = r#"<xliff version="1.2"><file original="ui.ftl" target-language="pl"><body>
            <group id="g"><trans-unit id="a"><source>A</source>
            <target><mrk mtype="seg" mid="1">B <ph id="1">{ $x }</ph></mrk><g id="2">C</g></target></trans-unit></group>
            </body></file></xliff>"#;
        let document = read(text).unwrap();
        let unit = &document.files[0].units[0];
        assert_eq!(unit.id.as_deref(), Some("a"));
        assert_eq!(unit.line, 2);
        assert_eq!(
            unit.target.as_ref().unwrap().content,
            [
                Inline::Text("B ".into()),
                Inline::Ph {
                    id: "1".into(),
                    code: "{ $x }".into()
                },
                Inline::Other("g".into())
            ]
        );
    }

    #[test]
    fn other_formats_are_told_apart_from_broken_xml() {
        assert!(matches!(
            read("<xliff version=\"2.0\"/>"),
            Err(NotXliff::OtherFormat { version: Some(v), .. }) if v == "2.0"
        ));
        assert!(matches!(
            read("<html/>"),
            Err(NotXliff::OtherFormat { root, .. }) if root == "html"
        ));
        assert!(matches!(read("<xliff"), Err(NotXliff::Malformed(_))));
    }
}
