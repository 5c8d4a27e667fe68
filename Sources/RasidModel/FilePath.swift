/// The folder part of a path, computed without Foundation: swift-corelibs'
/// `NSString.deletingLastPathComponent` traps on a one-letter last component
/// (`-o x`, `a/`), which turned a short output name into a crash.
public enum FilePath {
    /// What `NSString.deletingLastPathComponent` returns where it works:
    /// `a/b` → `a`, `/x` → `/`, `x` → ``, `a/` → ``, `/` → `/`.
    public static func parent(_ path: String) -> String {
        var s = Substring(path)
        while s.count > 1 && s.hasSuffix("/") { s = s.dropLast() }
        guard let slash = s.lastIndex(of: "/") else { return "" }
        var head = s[..<slash]
        while head.hasSuffix("/") { head = head.dropLast() }
        return head.isEmpty && s.hasPrefix("/") ? "/" : String(head)
    }
}
