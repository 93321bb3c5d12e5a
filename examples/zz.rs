fn main() {
    let c = insats::catalog();
    let u = c.get("psykosocial-behandling").unwrap();
    for e in c.iter() {
        if !u.components().iter().any(|x| x == e.id()) {
            println!("NOT {} {:?}", e.id(), e.kind());
        }
    }
    for e in c.iter() {
        println!(
            "{} kind={:?} needs={:?} pairs={}",
            e.id(),
            e.kind(),
            e.needs_served().iter().collect::<Vec<_>>(),
            e.recommendations().len()
        );
    }
}
