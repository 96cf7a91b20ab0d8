from trefpuntje.ui.theme import TEXT_PAIRS, contrast, style_sheet


def test_every_text_colour_has_at_least_7_to_1_contrast():
    for name, (foreground, background) in TEXT_PAIRS.items():
        assert contrast(foreground, background) >= 7.0, name


def test_contrast_formula_matches_wcag_reference_values():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48


def test_style_sheet_uses_the_checked_colours():
    sheet = style_sheet()
    for foreground, background in TEXT_PAIRS.values():
        assert foreground in sheet and background in sheet
