"""yopyra.py: Yopyra, the small ray tracer of the Shed Skin examples (after
Carlos Gonzalez Morcillo's): a scene description parsed line by line
(camera, lights, materials, spheres, planes), recursive tracing with
Phong-style diffuse and specular terms, hard shadows and mirror reflection,
and a PPM image. The scene text is embedded instead of read from a file and
the image is summarised by checksums rather than written out."""

import math

MAX_DIST = 1999999999.0
PI_SOBRE_180 = 0.017453292
PEQUENO = 0.000000001


class Vector:
    def __init__(self, vx=0.0, vy=0.0, vz=0.0):
        self.x, self.y, self.z = vx, vy, vz

    def set(self, vx, vy, vz):
        self.x, self.y, self.z = vx, vy, vz

    def pEscalar(self, vv):
        return self.x * vv.x + self.y * vv.y + self.z * vv.z

    def pVectorial(self, vv):
        r = Vector()
        r.x = vv.y * self.z - vv.z * self.y
        r.y = vv.z * self.x - vv.x * self.z
        r.z = vv.x * self.y - vv.y * self.x
        return r

    def modulo(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalizar(self):
        m = self.modulo()
        if m != 0.0:
            self.x /= m
            self.y /= m
            self.z /= m
        return self

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, other):
        return Vector(self.x * other, self.y * other, self.z * other)

    def __repr__(self):
        return "<%.2f, %.2f, %.2f>" % (self.x, self.y, self.z)


class Color:
    def __init__(self, vr=0.0, vg=0.0, vb=0.0):
        self.r, self.g, self.b = vr, vg, vb

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, other):
        return Color(self.r * other, self.g * other, self.b * other)

    def to_ppm(self):
        return (int(min(self.r, 1.0) * 255.0), int(min(self.g, 1.0) * 255.0),
                int(min(self.b, 1.0) * 255.0))


class Rayo:
    def __init__(self, origen, direccion):
        self.origen = origen
        self.direccion = direccion
        self.disInter = MAX_DIST
        self.objInter = None


class Luz:
    def __init__(self, posicion, color, tipo):
        self.posicion = posicion
        self.color = color
        self.tipo = tipo   # 'puntual' or 'ambiental'


class Material:
    def __init__(self, color, cDifuso=0.0, cEspecular=0.0, dEspecular=0.0, cReflexion=0.0):
        self.color = color
        self.cDifuso = cDifuso
        self.cEspecular = cEspecular
        self.dEspecular = dEspecular
        self.cReflexion = cReflexion


class Cuerpo:
    def init(self, tipo, material):
        self.tipo = tipo
        self.material = material

    def intersecta(self, r):
        raise NotImplementedError

    def getNormal(self, punto):
        raise NotImplementedError


class Esfera(Cuerpo):
    def __init__(self, material, posicion, radio):
        self.init('esfera', material)
        self.posicion = posicion
        self.radio = radio

    def intersecta(self, r):
        esfera_rayo = self.posicion - r.origen
        v = esfera_rayo.pEscalar(r.direccion)
        if v - self.radio > r.disInter:
            return False
        distChoque = self.radio * self.radio + v * v - esfera_rayo.x * esfera_rayo.x - \
            esfera_rayo.y * esfera_rayo.y - esfera_rayo.z * esfera_rayo.z
        if distChoque < 0.0:
            return False
        distChoque = v - math.sqrt(distChoque)
        if distChoque > r.disInter or distChoque < 0.0:
            return False
        r.disInter = distChoque
        r.objInter = self
        return True

    def getNormal(self, punto):
        normal = punto - self.posicion
        return normal.normalizar()


class Plano(Cuerpo):
    def __init__(self, material, normal, distancia):
        self.init('plano', material)
        self.normal = normal.normalizar()
        self.distancia = distancia

    def intersecta(self, r):
        v = self.normal.pEscalar(r.direccion)
        if v == 0.0:
            return False
        distChoque = -(self.normal.pEscalar(r.origen) + self.distancia) / v
        if distChoque < 0.0:
            return False
        if distChoque > r.disInter:
            return False
        r.disInter = distChoque
        r.objInter = self
        return True

    def getNormal(self, punto):
        return self.normal


class Scene:
    def __init__(self, text):
        self.endline = 0
        self.lObjetos = []
        self.lLuces = []
        self.lMateriales = []
        self.imgAncho = 160
        self.imgAlto = 120
        self.profTrazado = 3
        self.oversampling = 1
        self.campoVision = 60.0
        self.startline = 0
        self.camaraPos = Vector(0.0, 0.0, 0.0)
        self.camaraLookAt = Vector(0.0, 0.0, 1.0)
        self.camaraUp = Vector(0.0, 1.0, 0.0)
        for line in text.split('\n'):
            self.parseLine(line.split())
        self.endline = self.imgAlto - 1

    def parseLine(self, line):
        if not line or line[0].startswith('#'):
            return
        kind, args = line[0], line[1:]
        nums = [float(a) for a in args if a[0].isdigit() or a[0] in '-.']
        if kind == 'size':
            self.imgAncho, self.imgAlto = int(nums[0]), int(nums[1])
        elif kind == 'nbounces':
            self.profTrazado = int(nums[0])
        elif kind == 'oversampling':
            self.oversampling = int(nums[0])
        elif kind == 'vision':
            self.campoVision = nums[0]
        elif kind == 'cameraPos':
            self.camaraPos = Vector(nums[0], nums[1], nums[2])
        elif kind == 'cameraLookAt':
            self.camaraLookAt = Vector(nums[0], nums[1], nums[2])
        elif kind == 'cameraUp':
            self.camaraUp = Vector(nums[0], nums[1], nums[2])
        elif kind == 'material':
            self.lMateriales.append(Material(Color(nums[0], nums[1], nums[2]),
                                             nums[3], nums[4], nums[5], nums[6]))
        elif kind == 'sphere':
            mat = self.lMateriales[int(nums[0])]
            self.lObjetos.append(Esfera(mat, Vector(nums[1], nums[2], nums[3]), nums[4]))
        elif kind == 'plane':
            mat = self.lMateriales[int(nums[0])]
            self.lObjetos.append(Plano(mat, Vector(nums[1], nums[2], nums[3]), nums[4]))
        elif kind == 'light':
            self.lLuces.append(Luz(Vector(nums[0], nums[1], nums[2]),
                                   Color(nums[3], nums[4], nums[5]), args[6]))
        else:
            raise ValueError('unknown scene line: %s' % ' '.join(line))


def calculaSombra(scene, r, objChoque):
    sombra = 1.0
    for obj in scene.lObjetos:
        r.objInter = None
        r.disInter = MAX_DIST
        if obj.intersecta(r) and obj is not objChoque:
            sombra *= obj.material.cReflexion * 0.5
    return sombra


def trazar(scene, r, prof):
    c = Color()
    for obj in scene.lObjetos:
        obj.intersecta(r)
    if r.objInter is None:
        return c
    matIndex = r.objInter.material
    pInterseccion = r.origen + r.direccion * r.disInter
    vIncidente = pInterseccion - r.origen
    vVueltaOrigen = r.direccion * -1.0
    vVueltaOrigen.normalizar()
    vNormal = r.objInter.getNormal(pInterseccion)
    for luz in scene.lLuces:
        if luz.tipo == 'ambiental':
            c += luz.color
        elif luz.tipo == 'puntual':
            dirLuz = luz.posicion - pInterseccion
            dirLuz.normalizar()
            rayoLuz = Rayo(pInterseccion, dirLuz)
            sombra = calculaSombra(scene, rayoLuz, r.objInter)
            NL = vNormal.pEscalar(dirLuz)
            if NL > 0.0:
                if matIndex.cDifuso > 0.0:
                    colorDifuso = luz.color * matIndex.cDifuso * NL
                    colorDifuso.r *= matIndex.color.r * sombra
                    colorDifuso.g *= matIndex.color.g * sombra
                    colorDifuso.b *= matIndex.color.b * sombra
                    c += colorDifuso
                if matIndex.cEspecular > 0.0:
                    rr = (vNormal * 2 * NL) - dirLuz
                    espec = vVueltaOrigen.pEscalar(rr)
                    if espec > 0.0:
                        espec = matIndex.cEspecular * pow(espec, matIndex.dEspecular)
                        colorEspecular = luz.color * espec * sombra
                        c += colorEspecular
    if prof < scene.profTrazado:
        if matIndex.cReflexion > 0.0:
            t = vVueltaOrigen.pEscalar(vNormal)
            if t > 0.0:
                vDirRef = (vNormal * 2 * t) - vVueltaOrigen
                vOffsetInter = pInterseccion + vDirRef * PEQUENO
                rayoRef = Rayo(vOffsetInter, vDirRef)
                c += trazar(scene, rayoRef, prof + 1.0) * matIndex.cReflexion
    return c


def renderPixel(x, y, scene, cam):
    c = Color()
    x *= scene.oversampling
    y *= scene.oversampling
    for i in range(scene.oversampling):
        for j in range(scene.oversampling):
            direc = Vector()
            direc.x = x * cam['pixelAncho'] - 0.5 + i * cam['pixelAncho'] / scene.oversampling
            direc.y = y * cam['pixelAlto'] - 0.5 + j * cam['pixelAlto'] / scene.oversampling
            direc = cam['x'] * direc.x + cam['y'] * direc.y + cam['z']
            direc = direc * cam['grid'] + cam['dir']
            direc.normalizar()
            r = Rayo(scene.camaraPos, direc)
            c += trazar(scene, r, 1.0)
    return c * (1.0 / (scene.oversampling * scene.oversampling))


def render(scene):
    vista = scene.camaraLookAt - scene.camaraPos
    vista.normalizar()
    vz = vista
    vx = scene.camaraUp.pVectorial(vz).normalizar()
    vy = vz.pVectorial(vx).normalizar() * -1.0
    grid = math.tan(scene.campoVision * PI_SOBRE_180 * 0.5) * 2.0
    cam = {'x': vx, 'y': vy, 'z': vz, 'dir': Vector(0.0, 0.0, 0.0), 'grid': grid,
           'pixelAncho': 1.0 / (scene.imgAncho * scene.oversampling) * scene.oversampling,
           'pixelAlto': 1.0 / (scene.imgAlto * scene.oversampling) * scene.oversampling}
    lines = []
    for y in range(scene.startline, scene.endline + 1):
        row = []
        for x in range(scene.imgAncho):
            row.append(renderPixel(x, y, scene, cam).to_ppm())
        lines.append(row)
    return lines


SCENE = """
# yopyra test scene
size 64 48
nbounces 4
oversampling 2
vision 60
cameraPos 0 5 -15
cameraLookAt 0 2 0
cameraUp 0 1 0
light 0 20 -10 0.9 0.9 0.9 puntual
light 10 8 -20 0.3 0.3 0.5 puntual
light 0 0 0 0.1 0.1 0.1 ambiental
material 1.0 0.2 0.2 0.8 0.6 20 0.3
material 0.2 1.0 0.2 0.7 0.9 50 0.5
material 0.9 0.9 0.9 0.6 0.0 0 0.6
material 0.3 0.3 1.0 0.9 0.3 10 0.0
sphere 0 -3 2 2 2
sphere 1 2.5 2.5 1 2.5
sphere 3 0 1 -3 1
plane 2 0 1 0 0
"""


def main():
    scene = Scene(SCENE)
    print('objects %d lights %d materials %d size %dx%d' % (
        len(scene.lObjetos), len(scene.lLuces), len(scene.lMateriales),
        scene.imgAncho, scene.imgAlto))
    print('camera', scene.camaraPos, scene.camaraLookAt)
    img = render(scene)
    ppm = ['P3', '%d %d' % (scene.imgAncho, scene.imgAlto), '255']
    checksum = 0
    hist = [0] * 8
    for y, row in enumerate(img):
        for x, (r, g, b) in enumerate(row):
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            hist[(r + g + b) * 8 // 766] += 1
        ppm.append(' '.join('%d %d %d' % p for p in row[:4]))
    print('\n'.join(ppm[:8]))
    print('checksum', checksum)
    print('brightness histogram', hist)
    ascii_art = ' .:-=+*#%@'
    for y in range(0, scene.imgAlto, 4):
        print(''.join(ascii_art[sum(img[y][x]) * 10 // 766] for x in range(0, scene.imgAncho, 2)))


if __name__ == '__main__':
    main()
