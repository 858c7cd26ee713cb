// SPDX-License-Identifier: MIT
// The program each layer check links (server/CMakeLists.txt): every object of one layer library, whole, with
// only the libraries that layer may use. A call into a layer it may not use leaves an undefined reference,
// and the build fails there.
int main()
{
    return 0;
}
