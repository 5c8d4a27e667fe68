import RasidModel

/// Groups mentions into entities per document: one COUNTRY entity per ISO
/// code, one PERSON entity per person (full name and later partial
/// mentions), with the RANK, TITLE and COUNTRY that introduce a person.
public struct EntityLinker: Sendable {
    public init() {}

    public func link(_ spans: [Span], text: String) -> [Entity] {
        var entities: [Entity] = []
        // COUNTRY by norm.
        var countryIndex: [String: Int] = [:]
        for (i, s) in spans.enumerated() where s.label == Label.country {
            let key = s.norm ?? s.text
            if let e = countryIndex[key] {
                entities[e].mentions.append(i)
                if s.attrs["form"] == "name" && entities[e].name.isEmpty == false && spans[entities[e].mentions[0]].attrs["form"] != "name" {
                    entities[e].name = s.text
                }
            } else {
                countryIndex[key] = entities.count
                entities.append(Entity(id: "", label: Label.country, name: s.text, norm: s.norm, mentions: [i]))
            }
        }
        // PERSON: a mention joins the entity whose fullest name contains it as whole words.
        var persons: [Int] = []  // entity indices
        let personSpans = spans.indices.filter { spans[$0].label == Label.person }
            .sorted { spans[$0].text.split(separator: " ").count > spans[$1].text.split(separator: " ").count }
        for i in personSpans {
            let words = spans[i].text.split(separator: " ")
            if let e = persons.first(where: { e in
                let full = entities[e].name.split(separator: " ")
                return words.allSatisfy { full.contains($0) }
            }) {
                entities[e].mentions.append(i)
            } else {
                persons.append(entities.count)
                entities.append(Entity(id: "", label: Label.person, name: spans[i].text, mentions: [i]))
            }
        }
        // Rank, title, country introducing a person mention: the spans right
        // before it, separated by spaces or quotes only.
        let scalars = persons.isEmpty ? [] : Array(text.unicodeScalars)
        for e in persons {
            for m in entities[e].mentions {
                var cursor = spans[m].start
                var j = m - 1
                while j >= 0 {
                    let s = spans[j]
                    if s.end > cursor { j -= 1; continue }
                    let gap = s.end < cursor ? String(String.UnicodeScalarView(scalars[s.end..<cursor])) : ""
                    guard gap.count <= 3, gap.allSatisfy({ " «»\"“”'،,".contains($0) }) else { break }
                    switch s.label {
                    case Label.rank: entities[e].related["rank", default: []].append(j)
                    case Label.title: entities[e].related["title", default: []].append(j)
                    case Label.country: entities[e].related["country", default: []].append(j)
                    default: break
                    }
                    if s.label != Label.rank && s.label != Label.title && s.label != Label.country { break }
                    cursor = s.start
                    j -= 1
                }
            }
        }
        for i in entities.indices {
            entities[i].mentions.sort()
            entities[i].id = "\(entities[i].label == Label.person ? "P" : "C")\(i + 1)"
            for (k, v) in entities[i].related { entities[i].related[k] = Array(Set(v)).sorted() }
        }
        return entities
    }
}
