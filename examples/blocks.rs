//! Prints the cleaned blocks of a file: `cargo run --example blocks FILE`
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let doc = sunto::clean::clean(&text, sunto::Format::from_file_name(&path).unwrap_or(sunto::Format::Auto));
    println!("format {:?} meta {:?}", doc.format, doc.meta);
    for b in &doc.blocks {
        println!("{:?}\t{}", b.kind, doc.slice(b.span));
    }
}
