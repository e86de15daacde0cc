import Foundation
import Planning

/// One fuzzing input: load it as a plan (includes relative to the working folder) and, when
/// it loads, check it as `parkplan check` does. A crash is a finding; a refusal must be a
/// ``PlanError`` naming a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func loadPlanFromFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = PlanCheck(try PlanLoader.load(bytes: bytes, file: "fuzz.yaml"))
    } catch {
        if error.file.isEmpty || error.message.isEmpty { fatalError("a refusal without a file or message: \(error)") }
    }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The program's entry when built with the fuzzer (SwiftPM names an executable's entry
/// `LoaderFuzz_main`): hands the command line to libFuzzer's driver.
@_cdecl("LoaderFuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in loadPlanFromFuzzer(data, size) }
}
#else
/// Without libFuzzer, runs each file named on the command line through the same entry,
/// so a finding can be replayed under a debugger: `swift run LoaderFuzz crash-*`.
@main
struct LoaderFuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { buffer in
                loadPlanFromFuzzer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
            }
            print("\(path): no crash")
        }
    }
}
#endif
