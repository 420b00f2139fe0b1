//! The window's icon: the app's icon at 64 px, bundled in the binary (`assets/icon/window.png`,
//! made by `packaging/icons/render.sh`), for the title bar, the task bar and Alt+Tab.

/// The icon, decoded; `None` if the bundled file were not an 8-bit RGBA PNG (a test checks).
pub fn window_icon() -> Option<iced::window::Icon> {
    let decoder = png::Decoder::new(std::io::Cursor::new(
        &include_bytes!("../../assets/icon/window.png")[..],
    ));
    let mut reader = decoder.read_info().ok()?;
    let mut pixels = vec![0; reader.output_buffer_size()?];
    let frame = reader.next_frame(&mut pixels).ok()?;
    if frame.color_type != png::ColorType::Rgba || frame.bit_depth != png::BitDepth::Eight {
        return None;
    }
    pixels.truncate(frame.buffer_size());
    iced::window::icon::from_rgba(pixels, frame.width, frame.height).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_icon_decodes_at_64_pixels() {
        let icon = super::window_icon().expect("window.png is an 8-bit RGBA PNG");
        let (_, size) = icon.into_raw();
        assert_eq!((size.width, size.height), (64, 64));
    }
}
