//! Float to text exactly as CPython prints it: `repr` (shortest round-trip digits, switching
//! to exponent notation outside 1e-4 <= |x| < 1e16) and the `e`/`f`/`g` presentations.

/// Shortest round-trip decimal digits and the decimal exponent: `x = 0.d1d2... * 10**decpt`.
fn shortest_digits(x: f64) -> (String, i32) {
    let x = x.abs();
    let shortest = format!("{x:e}");
    let (mant, exp) = shortest.split_once('e').unwrap_or((&shortest, "0"));
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut exp: i32 = exp.parse().unwrap_or(0);
    // Rust finds the shortest length that round-trips. When the digit string one below also
    // round-trips, x sits on a tie between them and Python prints the correctly rounded one
    // (ties to even): re-round exactly to that length.
    if let Some(last) = digits.bytes().last().filter(|d| *d > b'0') {
        let mut alt = digits.clone();
        alt.pop();
        alt.push((last - 1) as char);
        let alt_value: Option<f64> = format!("0.{alt}e{}", exp + 1).parse().ok();
        if alt_value == Some(x) {
            let exact = format!("{:.*e}", digits.len().saturating_sub(1), x);
            let (m, e) = exact.split_once('e').unwrap_or((&exact, "0"));
            digits = m.chars().filter(|c| c.is_ascii_digit()).collect();
            exp = e.parse().unwrap_or(exp);
        }
    }
    (digits, exp + 1)
}

/// `repr(float)`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, decpt) = shortest_digits(x);
    if !(-4 < decpt && decpt <= 16) {
        return format!("{sign}{}", exp_form(&digits, decpt - 1, true));
    }
    format!("{sign}{}", fixed_form(&digits, decpt, true))
}

/// Digits laid out with the decimal point after `decpt` digits; `force_point` adds ".0".
fn fixed_form(digits: &str, decpt: i32, force_point: bool) -> String {
    let n = digits.len() as i32;
    if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
    } else if decpt >= n {
        let zeros = "0".repeat((decpt - n) as usize);
        if force_point { format!("{digits}{zeros}.0") } else { format!("{digits}{zeros}") }
    } else {
        format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
    }
}

/// Fixed-point formatting without big-number arithmetic when it is provably exact: the
/// scaled value is small enough that its rounding error (< 2**-13) cannot move it across a
/// rounding boundary unless it lies within 1e-3 of one, in which case we defer to the exact
/// algorithm.
fn fixed_fast(x: f64, prec: usize) -> Option<String> {
    if prec > 15 || !x.is_finite() {
        return None;
    }
    let y = x * 10f64.powi(prec as i32);
    if y >= (1u64 << 40) as f64 {
        return None;
    }
    let frac = y - y.floor();
    if (frac - 0.5).abs() < 1e-3 && frac != 0.0 {
        return None;
    }
    let n = y.round() as u64;
    let digits = n.to_string();
    if prec == 0 {
        return Some(digits);
    }
    let padded = if digits.len() <= prec { format!("{}{digits}", "0".repeat(prec + 1 - digits.len())) } else { digits };
    let (int_part, frac_part) = padded.split_at(padded.len() - prec);
    Some(format!("{int_part}.{frac_part}"))
}

/// `d.ddde+XX` with at least two exponent digits.
fn exp_form(digits: &str, exp: i32, _repr: bool) -> String {
    let mant = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.to_string() };
    format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `format(x, '.{prec}e')` (also 'E' with `upper`), without sign handling.
pub fn format_exp(x: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let s = format!("{:.*e}", prec, x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut mant = mant.to_string();
    if alternate && !mant.contains('.') {
        mant.push('.');
    }
    let e = if upper { 'E' } else { 'e' };
    format!("{mant}{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `format(x, '.{prec}f')`, without sign handling.
pub fn format_fixed(x: f64, prec: usize, alternate: bool) -> String {
    let mut s = fixed_fast(x.abs(), prec).unwrap_or_else(|| format!("{:.*}", prec, x.abs()));
    if alternate && prec == 0 {
        s.push('.');
    }
    s
}

/// `format(x, '.{prec}g')` (general format), without sign handling. `keep_point` is the
/// no-type presentation, which keeps at least one digit after the point in fixed notation.
pub fn format_general(x: f64, prec: usize, upper: bool, alternate: bool, keep_point: bool) -> String {
    let p = prec.max(1);
    if x == 0.0 {
        let exp = 0;
        return general_layout("0", exp + 1, p, upper, alternate, keep_point);
    }
    // Round to p significant digits, then choose the layout by the exponent.
    let s = format!("{:.*e}", p - 1, x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    general_layout(&digits, exp + 1, p, upper, alternate, keep_point)
}

fn general_layout(digits: &str, decpt: i32, p: usize, upper: bool, alternate: bool, keep_point: bool) -> String {
    let exp = decpt - 1;
    let mut digits = digits.to_string();
    if !alternate {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    } else {
        while digits.len() < p {
            digits.push('0');
        }
    }
    if -4 <= exp && exp < p as i32 {
        let mut s = fixed_form(&digits, decpt, false);
        if keep_point && !s.contains('.') {
            s.push_str(".0");
        } else if alternate && !s.contains('.') {
            s.push('.');
        }
        s
    } else {
        let mut s = exp_form(&digits, exp, false);
        if alternate && !s.contains('.') {
            let at = 1;
            s.insert(at, '.');
        }
        if upper { s.to_uppercase() } else { s }
    }
}

/// The no-type float presentation with no precision: `str(x)`.
pub fn format_repr_like(x: f64) -> String {
    float_repr(x.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
        assert_eq!(float_repr(2.5), "2.5");
        assert_eq!(float_repr(2.0945510864257812), "2.0945510864257812");
        assert_eq!(float_repr(1000000000000000.2), "1000000000000000.2");
        assert_eq!(format_general(1234.5, 3, false, false, false), "1.23e+03");
        assert_eq!(format_general(0.0001, 6, false, false, false), "0.0001");
        assert_eq!(format_general(100.0, 6, false, false, false), "100");
        assert_eq!(format_exp(12345.678, 2, false, false), "1.23e+04");
        for (x, p) in [(2.675, 2), (0.125, 2), (1.5, 0), (2.5, 0), (0.0001, 3), (123.456, 1), (1e-7, 3)] {
            assert_eq!(format_fixed(x, p, false), format!("{:.*}", p, x), "{x} {p}");
        }
    }
}
