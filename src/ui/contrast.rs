//! WCAG 2.x contrast: relative luminance and contrast ratio of two colours.

use iced::Color;

/// Relative luminance of an sRGB colour (WCAG 2.x definition).
pub fn relative_luminance(color: Color) -> f64 {
    fn channel(c: f32) -> f64 {
        let c = f64::from(c);
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
}

/// Contrast ratio between two opaque colours, from 1 (same) to 21 (black on white).
pub fn contrast_ratio(a: Color, b: Color) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ratios() {
        assert!((contrast_ratio(Color::BLACK, Color::WHITE) - 21.0).abs() < 1e-6);
        assert!((contrast_ratio(Color::WHITE, Color::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic just-passing AA grey (4.54:1).
        let grey = Color::from_rgb8(0x76, 0x76, 0x76);
        assert!((contrast_ratio(grey, Color::WHITE) - 4.54).abs() < 0.01);
        // #595959 on white passes AAA (7.0:1).
        let dark_grey = Color::from_rgb8(0x59, 0x59, 0x59);
        assert!((contrast_ratio(dark_grey, Color::WHITE) - 7.0).abs() < 0.01);
    }

    #[test]
    fn order_does_not_matter_and_agrees_with_iced() {
        let a = Color::from_rgb8(0x0A, 0x5A, 0xA8);
        let b = Color::from_rgb8(0xF4, 0xF6, 0xF8);
        assert_eq!(contrast_ratio(a, b), contrast_ratio(b, a));
        assert!((contrast_ratio(a, b) - f64::from(a.relative_contrast(b))).abs() < 0.05);
    }
}
