//! Writes a [`Document`] as XLIFF 1.2 text: UTF-8, two spaces of indentation between elements,
//! and nothing added inside a source or target (`xml:space="preserve"`), so that line breaks
//! and spaces in the texts are exactly the texts'.

use super::{Document, FileSection, Inline, NAMESPACE, Phase, Unit};
use quick_xml::escape::{escape, partial_escape};

/// The document as text.
pub fn write(document: &Document) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!("<xliff version=\"1.2\" xmlns=\"{NAMESPACE}\">\n"));
    for file in &document.files {
        write_file(&mut out, file);
    }
    out.push_str("</xliff>\n");
    out
}

fn write_file(out: &mut String, file: &FileSection) {
    out.push_str("  <file");
    attribute(out, "original", Some(&file.original));
    attribute(out, "source-language", file.source_language.as_deref());
    attribute(out, "target-language", file.target_language.as_deref());
    attribute(out, "datatype", Some("plaintext"));
    out.push_str(">\n    <header>\n");
    if !file.phases.is_empty() {
        out.push_str("      <phase-group>\n");
        for phase in &file.phases {
            write_phase(out, phase);
        }
        out.push_str("      </phase-group>\n");
    }
    out.push_str("      <tool tool-id=\"skranke\" tool-name=\"Skranke\"/>\n");
    for note in &file.notes {
        out.push_str(&format!("      <note>{}</note>\n", partial_escape(note)));
    }
    out.push_str("    </header>\n    <body>\n");
    for unit in &file.units {
        write_unit(out, unit);
    }
    out.push_str("    </body>\n  </file>\n");
}

fn write_phase(out: &mut String, phase: &Phase) {
    out.push_str("        <phase");
    attribute(out, "phase-name", Some(&phase.name));
    attribute(out, "process-name", Some(&phase.process));
    attribute(out, "contact-name", phase.contact.as_deref());
    attribute(out, "date", phase.date.as_deref());
    out.push_str("/>\n");
}

fn write_unit(out: &mut String, unit: &Unit) {
    out.push_str("      <trans-unit");
    attribute(out, "id", unit.id.as_deref());
    attribute(out, "resname", unit.resname.as_deref());
    if unit.approved {
        attribute(out, "approved", Some("yes"));
    }
    if let Some(max) = unit.max_chars {
        attribute(out, "maxwidth", Some(&max.to_string()));
        attribute(out, "size-unit", Some("char"));
    }
    attribute(out, "xml:space", Some("preserve"));
    out.push_str(">\n        <source xml:lang=\"da\">");
    content(out, &unit.source);
    out.push_str("</source>\n");
    if let Some(target) = &unit.target {
        out.push_str("        <target");
        attribute(out, "xml:lang", target.lang.as_deref());
        attribute(out, "state", target.state.as_deref());
        attribute(out, "state-qualifier", target.state_qualifier.as_deref());
        attribute(out, "phase-name", target.phase.as_deref());
        out.push('>');
        content(out, &target.content);
        out.push_str("</target>\n");
    }
    // The unit's id as its location, the way translate-toolkit and Weblate show the key of a
    // key-value format (and what keeps units with the same Danish text apart in a PO file).
    if let Some(id) = &unit.id {
        out.push_str(&format!(
            "        <context-group purpose=\"location\"><context context-type=\"sourcefile\">{}</context></context-group>\n",
            partial_escape(id.as_str())
        ));
    }
    for note in &unit.notes {
        out.push_str(&format!(
            "        <note from=\"skranke\">{}</note>\n",
            partial_escape(note)
        ));
    }
    out.push_str("      </trans-unit>\n");
}

fn content(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(&partial_escape(text.as_str())),
            Inline::Ph { id, code } => out.push_str(&format!(
                "<ph id=\"{}\">{}</ph>",
                escape(id.as_str()),
                partial_escape(code.as_str())
            )),
            Inline::Other(name) => out.push_str(&format!("<{}/>", escape(name.as_str()))),
        }
    }
}

fn attribute(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(value) = value {
        out.push_str(&format!(" {name}=\"{}\"", escape(value)));
    }
}
