//! A small element tree read with quick-xml, for the XLIFF reader: elements with their
//! attributes and children, text with every reference resolved. A document that is not
//! well-formed XML is refused with the line where reading stopped.

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

/// An element: its local name (without a namespace prefix), attributes as written
/// (`xml:lang`, `state`), and children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
    /// 1-based line of the start tag.
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// Why a document is not well-formed XML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformed {
    /// 1-based line where reading stopped.
    pub line: usize,
    /// The parser's words, for the details.
    pub detail: String,
}

impl Element {
    /// The value of an attribute, by the name as written (`version`, `xml:lang`).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The child elements with this local name.
    pub fn elements<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter_map(move |node| match node {
            Node::Element(element) if element.name == name => Some(element),
            _ => None,
        })
    }

    /// The first child element with this local name.
    pub fn element(&self, name: &str) -> Option<&Element> {
        self.children.iter().find_map(|node| match node {
            Node::Element(element) if element.name == name => Some(element),
            _ => None,
        })
    }

    /// All the text inside, markup left out.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for node in &self.children {
            match node {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) => text.push_str(&e.text()),
            }
        }
        text
    }
}

/// Reads a whole document into its root element.
pub fn parse(text: &str) -> Result<Element, Malformed> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let line_at = |position: u64| {
        let end = usize::try_from(position)
            .unwrap_or(usize::MAX)
            .min(text.len());
        text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    };
    let malformed = |reader: &Reader<&[u8]>, detail: String| Malformed {
        line: line_at(reader.error_position().max(reader.buffer_position())),
        detail,
    };
    // Lines of start tags, counted on from the previous one (counting from the start each
    // time made a large file quadratic).
    let mut counted = (0usize, 1usize);
    let mut line_of_tag = |position: u64| {
        let end = usize::try_from(position)
            .unwrap_or(usize::MAX)
            .min(text.len());
        let (from, line) = counted;
        let from = from.min(end);
        let line = line
            + text.as_bytes()[from..end]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
        counted = (end, line);
        line
    };
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|error| malformed(&reader, error.to_string()))?;
        match event {
            Event::Start(start) => {
                let element = element(&start, line_of_tag(at))
                    .map_err(|detail| malformed(&reader, detail))?;
                if stack.is_empty() && root.is_some() {
                    return Err(malformed(&reader, "a second root element".into()));
                }
                stack.push(element);
            }
            Event::Empty(start) => {
                let element = element(&start, line_of_tag(at))
                    .map_err(|detail| malformed(&reader, detail))?;
                close(&mut stack, &mut root, element)
                    .map_err(|detail| malformed(&reader, detail))?;
            }
            Event::End(_) => {
                let element = stack
                    .pop()
                    .ok_or_else(|| malformed(&reader, "an end tag without a start".into()))?;
                close(&mut stack, &mut root, element)
                    .map_err(|detail| malformed(&reader, detail))?;
            }
            Event::Text(content) => {
                let content = content
                    .xml_content(XmlVersion::Implicit1_0)
                    .map_err(|error| malformed(&reader, error.to_string()))?;
                add_text(&mut stack, &content).map_err(|detail| malformed(&reader, detail))?;
            }
            Event::CData(content) => {
                let content = content
                    .decode()
                    .map_err(|error| malformed(&reader, error.to_string()))?;
                add_text(&mut stack, &content).map_err(|detail| malformed(&reader, detail))?;
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = reference
                            .decode()
                            .map_err(|error| malformed(&reader, error.to_string()))?;
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| malformed(&reader, format!("unknown entity &{name};")))?
                            .to_string()
                    }
                    Err(error) => return Err(malformed(&reader, error.to_string())),
                };
                add_text(&mut stack, &resolved).map_err(|detail| malformed(&reader, detail))?;
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
            Event::Eof => break,
        }
    }
    if let Some(open) = stack.last() {
        return Err(Malformed {
            line: line_at(text.len() as u64),
            detail: format!("<{}> (line {}) is not closed", open.name, open.line),
        });
    }
    root.ok_or_else(|| Malformed {
        line: 1,
        detail: "no root element".into(),
    })
}

fn element(start: &BytesStart, line: usize) -> Result<Element, String> {
    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|error| error.to_string())?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        let value = attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|error| error.to_string())?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name,
        attributes,
        children: Vec::new(),
        line,
    })
}

fn close(
    stack: &mut [Element],
    root: &mut Option<Element>,
    element: Element,
) -> Result<(), String> {
    match stack.last_mut() {
        Some(parent) => parent.children.push(Node::Element(element)),
        None if root.is_none() => *root = Some(element),
        None => return Err("a second root element".into()),
    }
    Ok(())
}

fn add_text(stack: &mut [Element], text: &str) -> Result<(), String> {
    match stack.last_mut() {
        Some(parent) => {
            match parent.children.last_mut() {
                Some(Node::Text(last)) => last.push_str(text),
                _ => parent.children.push(Node::Text(text.to_string())),
            }
            Ok(())
        }
        None if text.trim().is_empty() => Ok(()),
        None => Err("text outside the root element".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_elements_attributes_and_text_with_references() {
        let root = parse(
            "<?xml version=\"1.0\"?>\n<a x=\"1 &amp; 2\"><b>T &lt;&#x41;&gt; <![CDATA[<c>]]></b><ph id=\"1\"/></a>",
        )
        .unwrap();
        assert_eq!(root.name, "a");
        assert_eq!(root.attribute("x"), Some("1 & 2"));
        assert_eq!(root.element("b").unwrap().text(), "T <A> <c>");
        assert_eq!(root.element("ph").unwrap().line, 2);
    }

    #[test]
    fn malformed_documents_say_where() {
        for (text, line) in [
            ("<a>\n<b></a>", 2),
            ("<a>\n<b>", 2),
            ("<a>&nbsp;</a>", 1),
            ("<a/><b/>", 1),
            ("", 1),
            ("<a x='1' x='2'/>", 1),
            ("just text", 1),
        ] {
            let error = parse(text).unwrap_err();
            assert_eq!(error.line, line, "{text}: {error:?}");
            assert!(!error.detail.is_empty());
        }
    }
}
